using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Where the title was found: its text (white space removed), its index among the preamble blocks, in run-together text
/// an organisation name standing just before it in the same block, and whether it was quoted inside a sentence (then
/// the lines around it say nothing about it).
/// </summary>
public sealed record TitleLine(string Title, int Index, string? AgencyBefore = null, bool InSentence = false);

/// <summary>
/// Finds the report's title among the blocks before the first heading: a line (or, in run-together text, the first
/// segment of one) that ends like a report title (…年度报告, …工作总结) and is neither page chrome (breadcrumbs, print
/// controls) nor a sentence about the report (本报告…, 现将我局…报告如下：). A title split over two lines after its year
/// (某某市2019年 / 政府信息公开工作年度报告) is joined. Of several title lines, a generic one gives way to one that says
/// which report, and a page's heading to the body's own title of the same year (<see cref="Replaces"/>). With no title
/// line, a title quoted in 《》 in the first sentences (现公布《某某区2022年政府信息公开工作年度报告》) is taken.
/// </summary>
public static partial class TitleFinder
{
    public const int MaxTitleLength = 60;

    /// <summary>How many text blocks are searched for a title quoted in a sentence.</summary>
    private const int QuotedTitleBlocks = 3;

    /// <summary>
    /// A title ends on its document word, perhaps followed by a note in brackets (年度报告（全文）) or by a word naming
    /// the copy (年度报告格式模板, 年度报告全文): words as government sites label a report's versions and templates. Any
    /// other tail (…年度报告本报告主要, a wrapped line running on into the text) is not a title's end.
    /// </summary>
    [GeneratedRegex(@"(报告|总结|年报|报告书)(?:[（(【\[][^（）()【】\[\]]{1,8}[）)】\]]|格式模板|模板|全文|正文|摘要|文本)?$|情况$")]
    private static partial Regex TitleEnding();

    [GeneratedRegex(@"[\s。]")]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"[0-9]{4}年度?$")]
    private static partial Regex EndsWithYear();

    [GeneratedRegex(@"[0-9]{4}\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"《(?<t>[^《》<>]{6,60})》")]
    private static partial Regex Quoted();

    /// <summary>
    /// What only sentences hold: the formulae that introduce a report (现将…报告如下, 特此公告, 根据《条例》) and the
    /// pronouns an agency uses of itself (我局, 本办). From the wording of the State Council's report template and the
    /// usual forms of official letters; a title is a noun phrase and has none of them.
    /// </summary>
    private static readonly string[] SentenceWords =
    [
        "现将", "如下", "特此", "现予", "予以公布", "现公布", "根据", "按照", "依据", "我局", "我办", "我委", "我厅", "我院", "我区",
        "我市", "我县", "本局", "本办", "本委", "本厅", "本机关",
    ];

    public static TitleLine? Find(IReadOnlyList<Block> preamble)
    {
        TitleLine? found = null;
        for (var i = 0; i < preamble.Count; i++)
        {
            if (!IsText(preamble[i]))
                continue;
            var line = AsTitle(preamble[i].Text) is { } title ? JoinedWithLineAbove(preamble, i, title)
                : RunInTitle(preamble[i].Text) is { } runIn ? runIn with { Index = i } : null;
            if (line is not null && (found is null || Replaces(line.Title, found.Title)))
                found = line;
        }
        return found ?? QuotedInFirstSentences(preamble);
    }

    /// <summary>
    /// Whether a later title line is the report's rather than the earlier one. A generic one (政府信息公开年报, the last
    /// step of a breadcrumb or the page's column) gives way to any title that says which report. A page printed or
    /// copied with its frame names the report twice, as the page's heading and again at the top of the body: the
    /// body's, nearest the text and written by the report's authors, is the report's own. A later title of another
    /// year (a list of other reports) replaces nothing.
    /// </summary>
    private static bool Replaces(string later, string earlier) =>
        IsSpecific(later) && (!IsSpecific(earlier) || YearIn(later) is { } year && year == YearIn(earlier));

    /// <summary>A title that says which report: it states a year or names a body.</summary>
    private static bool IsSpecific(string title) => Year().IsMatch(title) || AgencyReader.FromTitle(title) is not null;

    private static string? YearIn(string title) => Year().Match(title) is { Success: true } m ? m.Value.Replace(" ", "") : null;

    /// <summary>The title a line holds (spaces closed, marks and brackets around it dropped), or null.</summary>
    public static string? AsTitle(string text)
    {
        var whole = TitleText.Clean(text);
        if (PageChrome.IsChrome(whole))
            return null;
        if (whole.Length <= MaxTitleLength)
            return IsTitle(whole) ? whole : null;
        var first = SegmentBreak().Split(text.Trim()).FirstOrDefault(s => s.Length > 0);
        return first is not null && TitleText.Clean(first) is var segment && segment.Length <= MaxTitleLength && IsTitle(segment) ? segment : null;
    }

    /// <summary>
    /// The title a container gives (an HTML page's heading or &lt;title&gt;), when it says which report: it states a
    /// year or names a body. A generic one (政府信息公开年报) is the name of the page's column, not a title.
    /// </summary>
    public static string? AsHintedTitle(string hint) => AsTitle(hint) is { } title && IsSpecific(title) ? title : null;

    private static bool IsText(Block block) => block.Kind is not (BlockKind.Metadata or BlockKind.Furniture or BlockKind.Table);

    /// <summary>
    /// A title without its year, below a short line that holds it, is one title: split after the year
    /// (某某市2019年 / 政府信息公开工作年度报告) or anywhere after it (某某市人民政府2016年政府信息 / 公开工作年度报告). A date
    /// line above (2017年1月20日) is not a title's start.
    /// </summary>
    private static TitleLine JoinedWithLineAbove(IReadOnlyList<Block> preamble, int index, string title)
    {
        if (Year().IsMatch(title) || index == 0 || !IsText(preamble[index - 1]))
            return new TitleLine(title, index);
        var above = TitleText.Clean(preamble[index - 1].Text);
        var joined = above + title;
        var holdsYear = EndsWithYear().IsMatch(above) || Year().IsMatch(above) && !DateReader.IsDateLine(above);
        return holdsYear && joined.Length <= MaxTitleLength && !PageChrome.IsChrome(above) && IsTitle(joined)
            ? new TitleLine(joined, index - 1)
            : new TitleLine(title, index);
    }

    /// <summary>
    /// In a long block whose lines ran together (舞钢市教体局 2019年信息公开工作总结 我局高度重视…), the title is one of its
    /// first segments, perhaps after the agency's name.
    /// </summary>
    private static TitleLine? RunInTitle(string text)
    {
        if (TitleText.Clean(text).Length <= MaxTitleLength)
            return null;
        var segments = SegmentBreak().Split(text.Trim()).Where(s => s.Length > 0).Take(3).ToArray();
        for (var i = 1; i < segments.Length; i++)
            if (TitleText.Clean(segments[i]) is var segment && segment.Length <= MaxTitleLength && IsTitle(segment) && !PageChrome.IsChrome(segment))
                return new TitleLine(segment, 0, AgencyReader.IsOrganisationLine(segments[i - 1]) ? TitleText.Clean(segments[i - 1]) : null);
        return null;
    }

    /// <summary>A report title in 《》 in the first text blocks, stating its year and ending as a report does.</summary>
    private static TitleLine? QuotedInFirstSentences(IReadOnlyList<Block> preamble)
    {
        var seen = 0;
        for (var i = 0; i < preamble.Count && seen < QuotedTitleBlocks; i++)
        {
            if (!IsText(preamble[i]))
                continue;
            seen++;
            foreach (Match m in Quoted().Matches(preamble[i].Text))
                if (TitleText.Clean(m.Groups["t"].Value) is var t && Year().IsMatch(t) && IsTitle(t) && t.EndsWith("报告", StringComparison.Ordinal))
                    return new TitleLine(t, i, InSentence: true);
        }
        return null;
    }

    private static bool IsTitle(string t) =>
        t.Length >= 6 && TitleEnding().IsMatch(t) && !t.StartsWith('本') && !t.Contains('，') && !t.Contains(',')
        && !t.EndsWith('：') && !t.EndsWith(':') && (t.Contains('年') || t.Contains("公开")) && !IsSentence(t);

    /// <summary>True when the text holds a word only sentences hold (现将, 如下, 我局 …): no title and no name does.</summary>
    internal static bool IsSentence(string t)
    {
        foreach (var word in SentenceWords)
            if (t.Contains(word, StringComparison.Ordinal))
                return true;
        return false;
    }
}
