using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables;

/// <summary>One row of a standard table: its metric key prefix, the pattern that finds its label in compact text, its
/// column keys (when they differ from the table's), and whether it is a group heading whose values (if any) are optional.</summary>
internal sealed record RowSpec(string Key, Regex Label, IReadOnlyList<Column>? Columns = null)
{
    // Interpreted, not compiled: compiling the sixty-odd label patterns cost a quarter of a second at every start (a
    // single parse took 0.57 s instead of 0.30 s), and a batch of 10,000 reports runs no faster with them compiled.
    public RowSpec(string key, string pattern, IReadOnlyList<Column>? columns = null)
        : this(key, new Regex(AllowValuesInside(pattern), RegexOptions.CultureInvariant), columns) { }

    /// <summary>
    /// Lets a run of values sit between any two Chinese characters of a label: PDF text layers print a wrapped label's
    /// cell lines around the row's values (<c>4.保护第三 / 0 0 0 … / 方合法权益</c>), which compact text joins into
    /// <c>保护第三0000000方合法权益</c>. The values are then read from inside the label.
    /// </summary>
    internal static string AllowValuesInside(string pattern)
    {
        var sb = new System.Text.StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            sb.Append(pattern[i]);
            if (i + 1 < pattern.Length && IsHan(pattern[i]) && IsHan(pattern[i + 1]))
                sb.Append("[0-9.]{0,60}");
        }
        return sb.ToString();
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff';

    /// <summary>Looked for only when a sibling row was found: a label as short as 其他 is not safe on its own.</summary>
    public IReadOnlyList<string> OnlyAfter { get; init; } = [];
}

/// <summary>A column: its metric key suffix and its printed label.</summary>
internal sealed record Column(string Key, string Label);

/// <summary>Which cells of a row must add up: in each group the last cell is the sum of the ones before it.</summary>
internal sealed record SumGroups(IReadOnlyList<int> GroupSizes)
{
    public static SumGroups None { get; } = new([]);

    public int CellCount => GroupSizes.Sum();

    /// <summary>Whether the first <paramref name="count"/> cells violate a group they complete.</summary>
    public bool Violated(IReadOnlyList<decimal> cells, int count)
    {
        var start = 0;
        foreach (var size in GroupSizes)
        {
            var end = start + size;
            if (end > count)
                return false;
            if (end == count)
            {
                decimal parts = 0;
                for (var i = start; i < end - 1; i++)
                    parts += cells[i];
                return parts != cells[end - 1];
            }
            start = end;
        }
        return false;
    }
}
