using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>
/// The WHATWG "forming a table" algorithm reduced to what reports need: a rectangular grid of cell texts with
/// rowspan/colspan expanded. A spanning cell's text stands in its top-left slot and the other slots it covers are
/// empty — the way the same table reads when a site exports it as text (sample 002's <c>申请人情况</c> followed by empty
/// cells), so the tables stage sees one shape whichever format it came from. Row groups follow the standard:
/// rows directly in the table, <c>thead</c> and <c>tbody</c> in document order, <c>tfoot</c> last; a rowspan never
/// reaches past its row group and <c>rowspan="0"</c> runs to the group's end. Rows with no text at all are dropped
/// (a text export has no such lines either).
/// </summary>
internal static class TableGrid
{
    private const int MaxColSpan = 1000;
    private const int MaxRowSpan = 65534;

    /// <summary>No report table is this wide; the cap keeps a hostile page's spans from building a grid of millions of slots.</summary>
    private const int MaxColumns = 500;

    public static IReadOnlyList<IReadOnlyList<string>> Build(IElement table, Func<IElement, string> cellText)
    {
        var grid = new List<List<string?>>();
        foreach (var group in RowGroups(table))
            AddGroup(grid, group, cellText);
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        return grid
            .Select(row => (IReadOnlyList<string>)Enumerable.Range(0, width).Select(x => x < row.Count ? row[x] ?? "" : "").ToArray())
            .Where(row => row.Any(cell => cell.Length > 0))
            .ToArray();
    }

    /// <summary>The table's own rows, grouped; rows of nested tables belong to those tables.</summary>
    public static IEnumerable<IReadOnlyList<IElement>> RowGroups(IElement table)
    {
        var groups = new List<IReadOnlyList<IElement>>();
        var footers = new List<IReadOnlyList<IElement>>();
        var loose = new List<IElement>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "tr":
                    loose.Add(child);
                    continue;
                case "thead" or "tbody":
                    Flush();
                    groups.Add(child.Children.Where(c => c.LocalName == "tr").ToArray());
                    break;
                case "tfoot":
                    Flush();
                    footers.Add(child.Children.Where(c => c.LocalName == "tr").ToArray());
                    break;
            }
        }
        Flush();
        return groups.Concat(footers);

        void Flush()
        {
            if (loose.Count > 0)
                groups.Add(loose.ToArray());
            loose = [];
        }
    }

    public static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static void AddGroup(List<List<string?>> grid, IReadOnlyList<IElement> rows, Func<IElement, string> cellText)
    {
        var groupStart = grid.Count;
        var groupEnd = groupStart + rows.Count;
        while (grid.Count < groupEnd)
            grid.Add([]);
        for (var y = groupStart; y < groupEnd; y++)
        {
            var x = 0;
            foreach (var cell in Cells(rows[y - groupStart]))
            {
                while (x < grid[y].Count && grid[y][x] is not null)
                    x++;
                var colSpan = Span(cell.GetAttribute("colspan"), MaxColSpan, zeroMeansRest: false);
                var rowSpan = Span(cell.GetAttribute("rowspan"), MaxRowSpan, zeroMeansRest: true);
                var lastRow = rowSpan == 0 ? groupEnd : Math.Min(groupEnd, y + rowSpan);
                var text = cellText(cell);
                for (var yy = y; yy < lastRow; yy++)
                    for (var xx = x; xx < Math.Min(x + colSpan, MaxColumns); xx++)
                        Occupy(grid[yy], xx, yy == y && xx == x ? text : "");
                x += colSpan;
            }
        }
    }

    /// <summary>Overlapping cells are a table-model error; the first cell to claim a slot keeps it.</summary>
    private static void Occupy(List<string?> row, int x, string text)
    {
        while (row.Count <= x)
            row.Add(null);
        row[x] ??= text;
    }

    /// <summary>HTML's rules for parsing non-negative integers: leading digits count, garbage or absent means 1.</summary>
    private static int Span(string? value, int max, bool zeroMeansRest)
    {
        var digits = new string((value ?? "").Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 || !int.TryParse(digits, out var n))
            return digits.Length > 0 ? max : 1;
        if (n == 0)
            return zeroMeansRest ? 0 : 1;
        return Math.Min(n, max);
    }
}
