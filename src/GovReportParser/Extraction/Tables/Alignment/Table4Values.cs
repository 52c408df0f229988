namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Table 4's fifteen values when the header's words are printed among them (a text layer that keeps the header's
/// cells in reading order, such as <c>… 0 0 总计 3</c>): every value from the header to the first text that is not a
/// header word. A text layer may read the blocks interleaved, so fifteen separate values are placed by every reading
/// order <see cref="Table4Interleaving"/> admits and the block totals confirm; digits run together are cut only where
/// the totals hold in the header's order. One value a line but not fifteen of them is a cell lost: nothing is placed.
/// </summary>
internal static class Table4Values
{
    private const int SearchLength = 4000;

    public static ParsedRow? Read(TableText text, int compactStart, ParsedRow unread, SumGroups sums)
    {
        var sourceStart = text.ToSource(compactStart);
        var segments = RegionTokeniser.Segments(text, sourceStart, Math.Min(text.Source.Length, sourceStart + SearchLength), unread.Columns.Count);
        var taken = new List<ValueSegment>();
        foreach (var segment in segments)
        {
            if (taken.Count > 0 && !segment.LabelBefore.All(Table4Header.IsHeaderChar))
                break;
            taken.Add(segment);
        }
        var count = unread.Columns.Count;
        var tokens = taken.SelectMany(s => s.Tokens).ToList();
        if (taken.Count == 0 || tokens.Count > count)
            return null;
        var run = new ValueRun(tokens, string.Join(" ", taken.Select(s => s.Text)), taken[0].SourceStart);
        if (tokens.Count == count)
            return Interleaved(unread, run, sums);
        if (taken.All(s => s.IsSingleCellLine)) // one value a line, and too few: a cell is missing, no digits run together
            return Unplaced(unread, run, "one value a line, fewer than the table's cells");
        var split = CellSplitter.Segment(taken.SelectMany(s => s.HardCells).ToList(), count, sums);
        if (!split.IsSettled || Violated(split.Candidates[0], sums))
            return null;
        return new ParsedRow(unread.Key, unread.Label, unread.Columns, run with { Cells = split.Candidates[0] }, split)
        {
            SettledBy = "the values under the header and each block's total",
        };
    }

    /// <summary>One value a cell: placed by every reading order <see cref="Table4Interleaving"/> admits.</summary>
    public static ParsedRow Interleaved(ParsedRow unread, ValueRun run, SumGroups sums)
    {
        if (Table4Interleaving.Read(run.Cells, sums) is not { } reading)
            return Unplaced(unread, run, "no reading order in which each block's total holds");
        var split = new SplitResult([reading.Cells], SplitResult.OneValueACell);
        return new ParsedRow(unread.Key, unread.Label, unread.Columns, run, split)
        {
            SettledBy = $"the {reading.Readings} reading order(s) of the values in which each block's total holds",
            Unsure = reading.Unsure,
        };
    }

    /// <summary>All the values, none placed: the warning then quotes every value, not only those before the first header word.</summary>
    private static ParsedRow Unplaced(ParsedRow unread, ValueRun run, string why) =>
        new(unread.Key, unread.Label, unread.Columns, run, SplitResult.Nothing(SplitResult.OneValueACell) with { Why = why });

    /// <summary>Whether a block total differs from its parts, or a cell states no number.</summary>
    public static bool Violated(IReadOnlyList<string> cells, SumGroups sums)
    {
        var values = cells.Select(CellText.Value).ToList();
        if (values.Any(v => v is null))
            return true;
        var numbers = values.Select(v => v!.Value).ToList();
        var end = 0;
        foreach (var size in sums.GroupSizes)
        {
            end += size;
            if (sums.Violated(numbers, end))
                return true;
        }
        return false;
    }
}
