namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Whether a reading of table 3 (cells per row key) satisfies the rules the template prints: each row's 总计 = its six
/// applicant columns; per column, 一 + 二 = (七)总计 + 四 and (七)总计 = the result rows. A rule that a missing row or a
/// blank cell leaves open is not counted; a reading is confirmed only when at least one column rule could be checked.
/// </summary>
internal static class Table3Arithmetic
{
    private static int Width => StandardTables.ApplicantColumns.Count;

    public static bool Confirms(IReadOnlyDictionary<string, IReadOnlyList<string>> rows)
    {
        foreach (var cells in rows.Values)
            if (!RowSumHolds(cells))
                return false;
        var checkedAny = false;
        var resultRows = Table3Relations.ResultRowKeys(rows.Keys);
        for (var column = 0; column < Width; column++)
        {
            if (Value(rows, "new_received", column) is { } a && Value(rows, "carried_over", column) is { } b
                && Value(rows, "result.total", column) is { } t && Value(rows, "carried_forward", column) is { } f)
            {
                if (a + b != t + f)
                    return false;
                checkedAny = true;
            }
            if (resultRows is not null && Value(rows, "result.total", column) is { } total)
            {
                var parts = resultRows.Select(k => Value(rows, k, column)).ToList();
                if (parts.All(p => p is not null))
                {
                    if (parts.Sum() != total)
                        return false;
                    checkedAny = true;
                }
            }
        }
        return checkedAny;
    }

    public static bool RowSumHolds(IReadOnlyList<string> cells)
    {
        var values = cells.Select(CellText.Value).ToList();
        if (values.Any(v => v is null))
            return true;
        return values.Take(Width - 1).Sum() == values[Width - 1];
    }

    private static decimal? Value(IReadOnlyDictionary<string, IReadOnlyList<string>> rows, string key, int column) =>
        rows.TryGetValue(key, out var cells) ? CellText.Value(cells[column]) : null;
}
