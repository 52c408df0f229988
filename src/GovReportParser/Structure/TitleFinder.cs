using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>Where the title was found: its text (white space removed) and its index among the preamble blocks.</summary>
public sealed record TitleLine(string Title, int Index);

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

    private static string Clean(string text) => Spaces().Replace(text, "").Trim('《', '》', '“', '”', '"');

    private static bool IsTitle(string t) =>
        t.Length >= 6 && TitleEnding().IsMatch(t) && !t.StartsWith('本') && !t.Contains('，') && !t.Contains(',')
        && (t.Contains('年') || t.Contains("公开"));
}
