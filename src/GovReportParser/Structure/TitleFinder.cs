using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Where the title was found: its text (white space removed), its index among the preamble blocks, and, in text whose
/// lines ran together, an organisation name standing just before it in the same block.
/// </summary>
public sealed record TitleLine(string Title, int Index, string? AgencyBefore = null);

/// <summary>
/// Finds the report's title among the blocks before the first heading: a line (or, in run-together text, the first
/// segment of one) that ends like a report title (…年度报告, …工作总结) and is not a sentence about the report (本报告…).
/// </summary>
public static partial class TitleFinder
{
    public const int MaxTitleLength = 60;

    [GeneratedRegex(@"(报告|总结|年报|报告书)[^。，,]{0,4}$|情况$")] // 年度报告（全文）, 年度报告格式模板
    private static partial Regex TitleEnding();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s。]")]
    private static partial Regex SegmentBreak();

    public static TitleLine? Find(IReadOnlyList<Block> preamble)
    {
        for (var i = 0; i < preamble.Count; i++)
        {
            if (preamble[i].Kind is BlockKind.Metadata or BlockKind.Furniture or BlockKind.Table)
                continue;
            if (AsTitle(preamble[i].Text) is { } title)
                return new TitleLine(title, i);
            if (RunInTitle(preamble[i].Text) is { } runIn)
                return runIn with { Index = i };
        }
        return null;
    }

    /// <summary>The title a line holds (spaces closed, brackets around it dropped), or null.</summary>
    public static string? AsTitle(string text)
    {
        var whole = Clean(text);
        if (whole.Length <= MaxTitleLength)
            return IsTitle(whole) ? whole : null;
        var first = SegmentBreak().Split(text.Trim()).FirstOrDefault(s => s.Length > 0);
        return first is not null && Clean(first) is var segment && segment.Length <= MaxTitleLength && IsTitle(segment) ? segment : null;
    }

    /// <summary>
    /// In a long block whose lines ran together (舞钢市教体局 2019年信息公开工作总结 我局高度重视…), the title is one of its
    /// first segments, perhaps after the agency's name.
    /// </summary>
    private static TitleLine? RunInTitle(string text)
    {
        if (Clean(text).Length <= MaxTitleLength)
            return null;
        var segments = SegmentBreak().Split(text.Trim()).Where(s => s.Length > 0).Take(3).ToArray();
        for (var i = 1; i < segments.Length; i++)
            if (Clean(segments[i]) is var segment && segment.Length <= MaxTitleLength && IsTitle(segment))
                return new TitleLine(segment, 0, AgencyReader.IsOrganisationLine(segments[i - 1]) ? Clean(segments[i - 1]) : null);
        return null;
    }

    private static string Clean(string text) => Spaces().Replace(text, "").Trim('《', '》', '“', '”', '"');

    private static bool IsTitle(string t) =>
        t.Length >= 6 && TitleEnding().IsMatch(t) && !t.StartsWith('本') && !t.Contains('，') && !t.Contains(',')
        && (t.Contains('年') || t.Contains("公开"));
}
