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

    /// <summary>The text without leading heading marks, bold marks around it or a leading bullet.</summary>
    public static string Strip(string text) => text.Length > 0 && (text.Contains('#') || text.Contains('*') || IsBulletStart(text))
        ? Marks().Replace(text, "")
        : text;

    private static bool IsBulletStart(string text) => text.TrimStart(' ', '\u3000', '\t') is { Length: > 1 } t && "•·●▪■◆◇○◎-*".Contains(t[0]);
}
