using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Table 2 is printed as small sub-tables, one per 第二十条 item. A sub-table of one row with one column has one cell,
/// so when its only number stands before the row's label instead of after it (text layers print a cell's value and its
/// row label in either order), that number is the cell. Taken only when the sub-table holds exactly one row label and
/// one number; a sub-table of several rows is never read this way.
/// </summary>
internal static partial class Table2SingleCells
{
    private static readonly Regex ItemAnchor = Catalogue.LabelPattern.Compile(Catalogue.Table2.ItemStart);

    [GeneratedRegex(@"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:万元|元)?(?![0-9.])")]
    private static partial Regex Number();

    public static void Fill(TableText text, int regionStart, int regionEnd, List<ParsedRow> rows, IReadOnlyList<LocatedRow> located)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Cells is not null || row.Columns.Count != 1 || !row.Run.IsEmpty)
                continue;
            var label = located.First(l => l.Spec.Key == row.Key);
            var (start, end) = SubTable(text.Compact, regionStart, regionEnd, label);
            if (located.Count(l => l.Start >= start && l.End <= end) != 1)
                continue;
            var numbers = Number().Matches(text.Compact, start).TakeWhile(m => m.Index < end).ToList();
            if (numbers.Count != 1 || numbers[0].Index + numbers[0].Length > end)
                continue;
            var cell = numbers[0].Value;
            var run = new ValueRun([cell], cell, text.ToSource(numbers[0].Index));
            rows[i] = new ParsedRow(row.Key, row.Label, row.Columns, run, new SplitResult([[cell]], SplitResult.OneValueACell))
            {
                SettledBy = "the only value of a one-cell sub-table",
            };
        }
    }

    /// <summary>The compact span of the 第二十条 item whose sub-table holds the label.</summary>
    private static (int Start, int End) SubTable(string compact, int regionStart, int regionEnd, LocatedRow label)
    {
        var start = regionStart;
        for (var m = ItemAnchor.Match(compact, regionStart, label.Start - regionStart); m.Success; m = m.NextMatch())
            start = m.Index;
        var next = ItemAnchor.Match(compact, label.End, regionEnd - label.End);
        return (start, next.Success ? next.Index : regionEnd);
    }
}
