using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Whether a reading of table 3 (cells per row key) satisfies the rules the template prints: each row's 总计 = its six
/// applicant columns; per column, 一 + 二 = (七)总计 + 四 and (七)总计 = the result rows. A rule that a missing row or a
/// blank cell leaves open is not counted; a reading is confirmed only when at least one column rule could be checked.
/// </summary>
internal static class Table3Arithmetic
{
    private static int Width => Table3.Columns.Count;

    public static bool Confirms(IReadOnlyDictionary<string, IReadOnlyList<string>> rows)
    {
        foreach (var cells in rows.Values)
            if (!RowSumHolds(cells))
                return false;
        return ColumnRulesHold(rows, rows.Keys, out var checkedAny) && checkedAny;
    }

    /// <summary>
    /// The column rules (一 + 二 = (七) + 四; (七) = the result rows) on the rows given, the result rows being those of
    /// the rows a table has (<paramref name="present"/>). <paramref name="checkedAny"/> says whether any rule could be
    /// checked at all.
    /// </summary>
    public static bool ColumnRulesHold(IReadOnlyDictionary<string, IReadOnlyList<string>> rows, IEnumerable<string> present, out bool checkedAny)
    {
        checkedAny = false;
        var resultRows = Table3.ResultRowKeys(present);
        for (var column = 0; column < Width; column++)
        {
            var incoming = Table3.Balance.In.Select(r => Value(rows, r.Key, column)).ToList();
            var outgoing = Table3.Balance.Out.Select(r => Value(rows, r.Key, column)).ToList();
            if (incoming.All(v => v is not null) && outgoing.All(v => v is not null))
            {
                if (incoming.Sum() != outgoing.Sum())
                    return false;
                checkedAny = true;
            }
            if (resultRows is not null && Value(rows, Table3.ResultTotal.Key, column) is { } total)
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
        return true;
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
