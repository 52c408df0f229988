using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>
/// Marks that markdown converters (PDF and Word to markdown) put around headings and titles — <c>## 一、总体情况</c>,
/// <c>**一、总体情况**</c>, <c># 某某市2022年政府信息公开工作年度报告</c> — and bullets before list lines (<c>• 索引号：…</c>).
/// They are layout, never part of a heading, a title or a value.
/// </summary>
public static partial class Markup
{
    [GeneratedRegex(@"^[\s\u3000]*(?:#{1,6}[\s\u3000]*|\*\*|[•·●▪■◆◇○◎\-\*][\s\u3000]+)|\*\*[\s\u3000]*$")]
    private static partial Regex Marks();

    // The heading and bold marks alone: a bullet's character may be a table's blank cell (- for 无).
    [GeneratedRegex(@"^[\s\u3000]*(?:#{1,6}[\s\u3000]*|\*\*)|\*\*[\s\u3000]*$")]
    private static partial Regex HeadingMarks();

    /// <summary>
    /// The text without heading marks or bold marks around it, bullets kept: for a line that may be a table row, where
    /// a leading dash can be a blank cell.
    /// </summary>
    public static string StripHeadingMarks(string text) => text.Contains('#') || text.Contains('*') ? HeadingMarks().Replace(text, "") : text;

    /// <summary>The text without leading heading marks, bold marks around it or a leading bullet.</summary>
    public static string Strip(string text) => text.Length > 0 && (text.Contains('#') || text.Contains('*') || IsBulletStart(text))
        ? Marks().Replace(text, "")
        : text;

    private static bool IsBulletStart(string text) => text.TrimStart(' ', '\u3000', '\t') is { Length: > 1 } t && "•·●▪■◆◇○◎-*".Contains(t[0]);
}
