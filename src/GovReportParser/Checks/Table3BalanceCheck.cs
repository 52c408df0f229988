using GovReportParser.Catalogue;
using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 3, each column: 一、本年新收 + 二、上年结转 = (七)总计 + 四、结转下年度继续办理, the rule the template prints above the
/// table (<see cref="Table3.Balance"/>). Rule <c>t3.balance.&lt;column&gt;</c> (total, natural_person, …).
/// </summary>
public sealed class Table3BalanceCheck : IReportCheck
{
    /// <summary>"一 5 + 二 1 = 6": the two rows by their short names, and their sum.</summary>
    private static string Addition(IReadOnlyList<TableRow> rows, decimal first, decimal second) =>
        $"{rows[0].ShortName} {TableCells.Format(first)} + {rows[1].ShortName} {TableCells.Format(second)} = {TableCells.Format(first + second)}";

    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        var (inRows, outRows) = Table3.Balance;
        foreach (var column in Table3.CheckOrder)
        {
            if (cells.All(inRows.Select(r => Table3.Cell(r, column))) is not [var received, var carried]
                || cells.All(outRows.Select(r => Table3.Cell(r, column))) is not [var handled, var forward])
                continue;
            var ok = received + carried == handled + forward;
            yield return new CheckResult($"{Table3.BalanceRule}.{column.Key}", ok,
                $"{Addition(inRows, received, carried)} {(ok ? "=" : "≠")} {Addition(outRows, handled, forward)}");
        }
    }
}
