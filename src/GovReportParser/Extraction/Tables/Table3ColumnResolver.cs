namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Settles table-3 rows whose run-together digits split more than one way, using the relations between rows that the
/// template prints: per column, 一 + 二 = (七)总计 + 四, and (七)总计 = the sum of the result rows. A combination is taken
/// only when it is the single one (over all unsettled rows together) that satisfies every relation it takes part in.
/// </summary>
internal static class Table3ColumnResolver
{
    private const int MaxCombinations = 20_000;

    public static void Resolve(IReadOnlyList<ParsedRow> rows)
    {
        var open = rows.Where(r => r.Split.Candidates.Count > 1 && !r.Split.Truncated).ToList();
        if (open.Count == 0 || open.Aggregate(1L, (n, r) => n * r.Split.Candidates.Count) > MaxCombinations)
            return;
        var byKey = rows.ToDictionary(r => r.Key);
        var choice = new int[open.Count];
        int[]? solution = null;
        var solutions = 0;
        do
        {
            var cells = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var row in rows.Where(r => r.Cells is not null))
                cells[row.Key] = row.Cells!;
            for (var i = 0; i < open.Count; i++)
                cells[open[i].Key] = open[i].Split.Candidates[choice[i]];
            if (Satisfied(cells, byKey))
            {
                solutions++;
                solution = (int[])choice.Clone();
            }
        } while (solutions < 2 && Advance(choice, open));
        if (solutions != 1)
            return;
        for (var i = 0; i < open.Count; i++)
            open[i].Settle(open[i].Split.Candidates[solution![i]], "column relations");
    }

    private static bool Advance(int[] choice, List<ParsedRow> open)
    {
        for (var i = 0; i < choice.Length; i++)
        {
            if (++choice[i] < open[i].Split.Candidates.Count)
                return true;
            choice[i] = 0;
        }
        return false;
    }

    private static bool Satisfied(Dictionary<string, IReadOnlyList<string>> cells, Dictionary<string, ParsedRow> rows) =>
        Alignment.Table3Arithmetic.ColumnRulesHold(cells, rows.Keys, out _);
}
