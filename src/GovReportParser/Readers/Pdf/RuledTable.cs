namespace GovReportParser.Readers.Pdf;

/// <summary>A cell of a ruled table: its top-left slot, how many rows and columns it spans, and its text.</summary>
internal sealed class TableCell(int row, int column, int rowSpan, int columnSpan, string text)
{
    public int Row { get; set; } = row;
    public int Column { get; set; } = column;
    public int RowSpan { get; set; } = rowSpan;
    public int ColumnSpan { get; set; } = columnSpan;
    public string Text { get; set; } = text;
    public int LastRow => Row + RowSpan - 1;
}

/// <summary>
/// A table read from a page's rules: the x of its column rules (which identify the same table continued on the next page),
/// its cells, and where it stands on the page.
/// </summary>
internal sealed class RuledTable(IReadOnlyList<double> columnRules, int rowCount, List<TableCell> cells, double top, double bottom, int page)
{
    public IReadOnlyList<double> ColumnRules { get; private set; } = columnRules;
    public int ColumnCount => ColumnRules.Count - 1;
    public int RowCount { get; private set; } = rowCount;
    public List<TableCell> Cells { get; } = cells;
    public double Top { get; } = top;
    public double Bottom { get; private set; } = bottom;
    public int Page { get; } = page;

    /// <summary>
    /// The grid with spans expanded: a spanning cell's text stands in its top-left slot and the other slots it covers are
    /// empty, the shape the same table has in a text export and in the HTML reader's grids. Rows with no text at all (a
    /// slot row that only a taller neighbour's span created) are dropped.
    /// </summary>
    public string[][] Grid()
    {
        var grid = new string[RowCount][];
        for (var r = 0; r < RowCount; r++)
            grid[r] = Enumerable.Repeat("", ColumnCount).ToArray();
        foreach (var cell in Cells)
        {
            var slot = grid[cell.Row][cell.Column];
            grid[cell.Row][cell.Column] = slot + CjkText.Joiner(slot, cell.Text) + cell.Text;
        }
        return grid.Where(row => row.Any(c => c.Length > 0)).ToArray();
    }

    /// <summary>Cells whose area includes the given row, one per column (spanned columns give the same cell).</summary>
    public TableCell?[] CellsInRow(int row)
    {
        var found = new TableCell?[ColumnCount];
        foreach (var cell in Cells.Where(c => c.Row <= row && row <= c.LastRow))
            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                found[c] = cell;
        return found;
    }

    /// <summary>Appends the rows of <paramref name="next"/> (the same table continued on a later page).</summary>
    public void Append(RuledTable next)
    {
        foreach (var cell in next.Cells)
        {
            cell.Row += RowCount;
            Cells.Add(cell);
        }
        RowCount += next.RowCount;
        Bottom = next.Bottom;
    }

    /// <summary>Re-expresses the cells on a finer set of column rules that includes all of the current ones.</summary>
    public void Regrid(IReadOnlyList<double> rules)
    {
        int Index(double x) => Enumerable.Range(0, rules.Count).MinBy(i => Math.Abs(rules[i] - x));
        foreach (var cell in Cells)
        {
            var start = Index(ColumnRules[cell.Column]);
            var end = Index(ColumnRules[cell.Column + cell.ColumnSpan]);
            cell.Column = start;
            cell.ColumnSpan = end - start;
        }
        ColumnRules = rules;
    }

    public void Remove(TableCell cell) => Cells.Remove(cell);

    /// <summary>Forgets the first rows (their cells already removed or moved up by the caller).</summary>
    public void RemoveLeadingRows(int count) => RowCount -= count;
}
