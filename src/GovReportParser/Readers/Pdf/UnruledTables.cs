namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Tables drawn without rules: consecutive lines of a page that each break into at least three runs at wide gaps form a
/// table. Its columns are the run start positions that recur across those lines (within one letter size), so a row with an
/// empty cell still puts each value under its own column.
/// </summary>
internal static class UnruledTables
{
    private const int MinRuns = 3;
    private const int MinRows = 2;

    public static void Find(PageContent page)
    {
        var items = page.Items;
        for (var start = 0; start < items.Count; start++)
        {
            var end = start;
            while (end < items.Count && items[end] is { IsFurniture: false, Line: { } l } && l.RunStarts.Count >= MinRuns)
                end++;
            if (end - start >= MinRows)
            {
                var lines = items.GetRange(start, end - start).Select(i => i.Line!).ToList();
                items.RemoveRange(start, end - start);
                items.Insert(start, new PageItem(Build(lines, page.Number)));
            }
        }
    }

    private static RuledTable Build(List<TextLine> lines, int page)
    {
        var size = lines.Average(l => l.Size);
        var columns = new List<double>();
        foreach (var x in lines.SelectMany(l => l.RunStarts).Order())
            if (columns.Count == 0 || x - columns[^1] > size)
                columns.Add(x);
        var cells = new List<TableCell>();
        for (var r = 0; r < lines.Count; r++)
        {
            var runs = lines[r].Text.Split('\t');
            for (var i = 0; i < runs.Length; i++)
            {
                var x = lines[r].RunStarts[i];
                var column = Enumerable.Range(0, columns.Count).MinBy(c => Math.Abs(columns[c] - x));
                cells.Add(new TableCell(r, column, 1, 1, runs[i]));
            }
        }
        // Column "rules" at the run starts, closed by the right end of the widest line, so a continuation can be matched.
        var rules = columns.Append(lines.Max(l => l.Right)).ToList();
        return new RuledTable(rules, lines.Count, cells, lines[0].Top, lines[^1].Bottom, page);
    }
}
