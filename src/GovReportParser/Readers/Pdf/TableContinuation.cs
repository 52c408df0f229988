using System.Text.RegularExpressions;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Joins a table that a page break split: when a page's content ends with a table and the next page's content begins with
/// one whose column rules stand at the same x, the second is the first continued. A repeated header row is dropped, and a
/// row label that the break cut in two (a merged label cell, or <c>（四）无</c> | <c>法提供</c>) is made whole again.
/// </summary>
internal static partial class TableContinuation
{
    /// <summary>Column rules this close (points) are the same column.</summary>
    private const double SameColumn = 3.0;

    [GeneratedRegex(@"^\s*([（(]\s*[一二三四五六七八九十0-9]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|[0-9]+\s*[、.．])")]
    private static partial Regex EnumerationMarker();

    [GeneratedRegex(@"^[\s0-9.,，%％\-—/]*$")]
    private static partial Regex Numeric();

    public static void Join(IReadOnlyList<PageContent> pages)
    {
        RuledTable? open = null;
        foreach (var page in pages)
        {
            var first = page.Items.FirstOrDefault(it => !it.IsFurniture);
            if (open is not null && first?.Table is { } next && SharedColumnRules(open, next) is { } rules)
            {
                open.Regrid(rules);
                next.Regrid(rules);
                DropRepeatedHeader(open, next);
                MendSplitCells(open, next);
                open.Append(next);
                page.Items.Remove(first);
            }
            var last = page.Items.LastOrDefault(it => !it.IsFurniture);
            // A page wholly taken by the continuation leaves the table open for the page after.
            if (last is not null || open is null)
                open = last?.Table;
        }
    }

    /// <summary>
    /// The column rules of the joined table, when the two parts are one table: the same outer edges, and the rules of one
    /// part all among those of the other (a lower part may merge columns the upper part splits, or the reverse).
    /// </summary>
    private static List<double>? SharedColumnRules(RuledTable a, RuledTable b)
    {
        bool Has(IReadOnlyList<double> rules, double x) => rules.Any(r => Math.Abs(r - x) <= SameColumn);
        if (Math.Abs(a.ColumnRules[0] - b.ColumnRules[0]) > SameColumn || Math.Abs(a.ColumnRules[^1] - b.ColumnRules[^1]) > SameColumn)
            return null;
        if (!b.ColumnRules.All(x => Has(a.ColumnRules, x)) && !a.ColumnRules.All(x => Has(b.ColumnRules, x)))
            return null;
        return a.ColumnRules.Concat(b.ColumnRules.Where(x => !Has(a.ColumnRules, x))).Order().ToList();
    }

    /// <summary>Word and WPS can repeat the header rows on each page; the copy is not data.</summary>
    private static void DropRepeatedHeader(RuledTable table, RuledTable next)
    {
        var a = table.Grid();
        var b = next.Grid();
        var repeated = 0;
        while (repeated < Math.Min(a.Length, b.Length) - 1 && a[repeated].SequenceEqual(b[repeated]) && !a[repeated].All(c => c.Length == 0 || Numeric().IsMatch(c)))
            repeated++;
        if (repeated == 0)
            return;
        foreach (var cell in next.Cells.ToList())
        {
            if (cell.LastRow < repeated)
                next.Remove(cell);
            else
            {
                var row = Math.Max(cell.Row, repeated);
                cell.RowSpan = cell.LastRow - row + 1;
                cell.Row = row - repeated;
            }
        }
        next.RemoveLeadingRows(repeated);
    }

    /// <summary>
    /// A label cell cut by the break: a fragment that does not start with an enumeration marker, under a label that does
    /// (<c>（四）无</c> / <c>法提供</c>), is the rest of that label; the label is made whole in the upper part. An empty cell
    /// under a label needs nothing: spanned slots are empty anyway.
    /// </summary>
    private static void MendSplitCells(RuledTable table, RuledTable next)
    {
        var above = table.CellsInRow(table.RowCount - 1);
        var below = next.CellsInRow(0);
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (above[c] is not { } upper || below[c] is not { } lower || upper.Column != c || lower.Column != c || upper.ColumnSpan != lower.ColumnSpan)
                continue;
            if (lower.Text.Length == 0 || Numeric().IsMatch(upper.Text) || Numeric().IsMatch(lower.Text))
                continue;
            if (!EnumerationMarker().IsMatch(upper.Text) || EnumerationMarker().IsMatch(lower.Text))
                continue;
            upper.Text += CjkText.Joiner(upper.Text, lower.Text) + lower.Text;
            lower.Text = "";
        }
    }
}
