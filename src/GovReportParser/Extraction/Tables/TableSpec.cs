using System.Text.RegularExpressions;
using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>One row of a standard table as the reader looks for it: its metric key prefix, the pattern that finds its
/// label in compact text (built from the catalogue's label parts by <see cref="LabelPattern"/>), its column keys (when
/// they differ from the table's), and the rows it is looked for only after.</summary>
internal sealed record RowSpec(string Key, Regex Label, IReadOnlyList<TableColumn>? Columns = null)
{
    public RowSpec(TableRow row, IReadOnlyList<TableColumn>? columns = null)
        : this(row.Key, LabelPattern.Compile(row.PatternParts), columns)
    {
        OnlyAfter = [.. row.OnlyAfter.Select(r => r.Key)];
    }

    /// <summary>Looked for only when a sibling row was found: a label as short as 其他 is not safe on its own.</summary>
    public IReadOnlyList<string> OnlyAfter { get; init; } = [];
}

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
