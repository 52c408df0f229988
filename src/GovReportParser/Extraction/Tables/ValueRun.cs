using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// The values written after a row label, as read: the run of value characters that follows the label in the source
/// view, cut into cells at hard separators (tab, newline, pipe, a table cell boundary, two or more spaces). A single
/// space is soft: flattened text puts stray spaces inside and between numbers alike (<c>230 000023</c>).
/// </summary>
internal sealed partial record ValueRun(IReadOnlyList<string> Cells, string Text, int SourceStart)
{
    [GeneratedRegex(@"\t|\n|\r|\||,|，| {2,}")]
    private static partial Regex HardSeparator();

    /// <summary>Table borders (<c>--------</c>) and page numbers (<c>-3-</c>, <c>- 5 -</c>) a text layer leaves between cells.</summary>
    [GeneratedRegex(@"^(?:(?:[-—_=]{3,}\s*)+|[-—]\s*[0-9]{1,3}\s*[-—])$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex MarkdownSeparatorRow();

    [GeneratedRegex(@"[-—_=]{3,}")]
    private static partial Regex Border();

    private static readonly System.Buffers.SearchValues<char> RuleChars = System.Buffers.SearchValues.Create("-—_=");

    public bool IsEmpty => Cells.Count == 0;

    /// <summary>The run starting at <paramref name="start"/> and ending before <paramref name="limit"/> or at the first character that is not part of a value.</summary>
    public static ValueRun Read(string source, int start, int limit)
    {
        var end = start;
        while (end < limit && IsValueChar(source, end))
            end++;
        var text = source[start..end];
        if (text.Contains("|-", StringComparison.Ordinal) || text.Contains("| -", StringComparison.Ordinal) || text.Contains("|:", StringComparison.Ordinal))
            text = MarkdownSeparatorRow().Replace(text, "\n"); // a converter's |---|---| row holds no cells
        var hasRules = text.AsSpan().IndexOfAny(RuleChars) >= 0; // borders and dashed page numbers need one of them
        var cells = HardSeparator().Split(hasRules ? Border().Replace(text, "\n") : text).Select(c => c.Trim())
            .Where(c => !hasRules || !Rule().IsMatch(c)).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        while (cells.Count > 0 && cells[0].Length == 0)
            cells.RemoveAt(0);
        return new ValueRun(cells, text.Trim(), start);
    }

    private static bool IsValueChar(string s, int i)
    {
        var c = s[i];
        if (char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '.' or '-' or '+' or '—' or '/' or '|' or ',' or '，' or '_' or '=')
            return true;
        if (c == '无') // a cell saying "none", unlike the 无 of 无法提供 or 无正当理由
            return i + 1 == s.Length || !IsCjk(s[i + 1]);
        // A unit after its number, or after one space there (75394432.52 元): stopping before it would state the number in
        // the column's unit.
        if (c is '万' or '元')
            return i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] == '万' || s[i - 1] == ' ' && i > 1 && char.IsAsciiDigit(s[i - 2]));
        return false;
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff';
}
