namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Table 4's fifteen values when the header's words are printed among them (a text layer that keeps the header's
/// cells in reading order, such as <c>… 0 0 总计 3</c>): every value from the header to the first text that is not a
/// header word. Taken only when the three blocks' totals equal their parts: a text layer that reads the header's
/// columns out of order prints the same values in another order, and only the arithmetic tells the two apart.
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
        var split = tokens.Count == count
            ? new SplitResult([tokens], "cells")
            : CellSplitter.Segment(taken.SelectMany(s => s.HardCells).ToList(), count, sums);
        if (!split.IsSettled || Violated(split.Candidates[0], sums))
            return null;
        var run = new ValueRun(split.Candidates[0], string.Join(" ", taken.Select(s => s.Text)), taken[0].SourceStart);
        return new ParsedRow(unread.Key, unread.Label, unread.Columns, run, split) { SettledBy = "the values under the header and each block's total" };
    }

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
