using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Closes the spaces that typesetting and PDF extraction put into Chinese text, where the language has none:
/// <list type="bullet">
/// <item>around a number set between Han text or punctuation: <c>截止 12 月底</c> → <c>截止12月底</c>, <c>2018 年</c> →
/// <c>2018年</c>. A space only before a number (<c>内容概述 2023年</c>, <c>发文日期 2023-12-15</c>) is kept: that is how a
/// key is set off from its value;</item>
/// <item>inside letter-spaced runs of single characters, and between such a run and the Han text beside it:
/// <c>工作 年 度 报 告</c> → <c>工作年度报告</c>;</item>
/// <item>wide gaps between Han characters inside running prose (clause punctuation on both sides of the gap), which are
/// the seam of a line break that was padded rather than removed.</item>
/// </list>
/// Tabs are never touched: they separate table cells.
/// </summary>
public sealed partial class HanSpacingNormaliser : INormaliser
{
    private const string Space = @"[ \u3000]";
    private const string Number = @"[0-9]+(?:[.,][0-9]+)*%?";
    // A space before a number closes only when a space to Han follows it too (`截止 12 月底`) or Chinese punctuation ends it:
    // `内容概述 2023年…` and `发文日期 10:06` are a key and its value.
    private const string AfterNumber = Space + @"+" + HanNotHeading + @"|[，。、；：！？）》”’]";
    // Han that does not open a heading: in flattened text `办理 0000000 四、政府…` the spaces are the only boundaries left.
    private const string HanNotHeading = @"(?![一二三四五六七八九十]+、)[" + Han.Class + @"]";
    private const string BeforeNumber = @"(?:^|[" + Han.Class + @"，。、；：！？（《“‘,;(]|(?<![0-9]):)";

    public static HanSpacingNormaliser Default { get; } = new();

    public Document Normalise(Document document, Diagnostics diagnostics) => document.RewriteTexts(b => Apply(b.Text));

    internal static string Apply(string text)
    {
        if (text.IndexOfAny([' ', '\u3000']) < 0)
            return text;
        text = text.TrimEnd(' ', '\u3000');
        text = SpaceBeforeNumber().Replace(text, "");
        text = SpaceAfterNumber().Replace(text, "");
        if (HasSpacedHanTriple(text))
            text = LetterSpacedRun().Replace(text, m => m.Value.Replace(" ", "").Replace("\u3000", ""));
        return CloseProseGaps(text);
    }

    /// <summary>Han, space, Han, space, Han somewhere: what any letter-spaced run contains (a scan far cheaper than the pattern).</summary>
    private static bool HasSpacedHanTriple(string text)
    {
        for (var i = 0; i + 4 < text.Length; i++)
            if (Han.Is(text[i]) && text[i + 1] is ' ' or '\u3000' && Han.Is(text[i + 2]) && text[i + 3] is ' ' or '\u3000' && Han.Is(text[i + 4]))
                return true;
        return false;
    }

    /// <summary>
    /// Joins two halves of a wrapped line: the seam is no space, so a number that ended the first half with a space before
    /// it (<c>职成教育信息 33</c> / <c>条、</c>) now stands between Han and closes up like any other.
    /// </summary>
    internal static string JoinWrapped(string before, string after)
    {
        if (after.Length > 0 && Han.Is(after[0]))
            before = SpaceBeforeTrailingNumber().Replace(before, "");
        var separator = before.Length > 0 && after.Length > 0 && char.IsAsciiLetter(before[^1]) && char.IsAsciiLetter(after[0]) ? " " : "";
        return before + separator + after;
    }

    [GeneratedRegex(@"(?<=[" + Han.Class + @"])" + Space + @"+(?=" + Number + "$)")]
    private static partial Regex SpaceBeforeTrailingNumber();

    [GeneratedRegex(@"(?<=[" + Han.Class + @"])" + Space + @"+(?=" + Number + "(?:" + AfterNumber + "))")]
    private static partial Regex SpaceBeforeNumber();

    [GeneratedRegex(@"(?<=" + BeforeNumber + Space + @"*" + Number + @")" + Space + @"+(?=" + HanNotHeading + @")")]
    private static partial Regex SpaceAfterNumber();

    // Three or more single Han characters one space apart, with the space to a neighbouring Han word on either side.
    [GeneratedRegex(@"(?:(?<=[" + Han.Class + @"])" + Space + @")?(?<![" + Han.Class + @"])[" + Han.Class + @"](?:" + Space + @"[" + Han.Class
        + @"]){2,}(?![" + Han.Class + @"])(?:" + Space + @"(?=[" + Han.Class + @"]))?")]
    private static partial Regex LetterSpacedRun();

    [GeneratedRegex(@"(?<=[" + Han.Class + @"])" + Space + @"{3,}(?=[" + Han.Class + @"])")]
    private static partial Regex WideGapBetweenHan();

    [GeneratedRegex(@"[，。、；,;]")]
    private static partial Regex ClausePunctuation();

    private static string CloseProseGaps(string text)
    {
        if (text.Contains('\t'))
            return text;
        return WideGapBetweenHan().Replace(text, m =>
            ClausePunctuation().IsMatch(text.AsSpan(0, m.Index)) && ClausePunctuation().IsMatch(text.AsSpan(m.Index + m.Length))
            && !AfterHeading(text, m.Index) ? "" : m.Value);
    }

    /// <summary>
    /// In web text whose paragraphs ran together (六、存在的主要问题␣␣␣我局…), a wide gap after a numbered heading is the
    /// only boundary left between the heading and its paragraph: it is not a padded line break.
    /// </summary>
    private static bool AfterHeading(string text, int gap)
    {
        var sentenceStart = text.AsSpan(0, gap).LastIndexOfAny("。！？；;!?") + 1;
        return HeadingStart().IsMatch(text.AsSpan(sentenceStart, gap - sentenceStart));
    }

    [GeneratedRegex(@"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex HeadingStart();
}
