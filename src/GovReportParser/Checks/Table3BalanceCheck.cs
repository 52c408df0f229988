using GovReportParser.Extraction;
using GovReportParser.Extraction.Tables;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 3, each column: 一、本年新收 + 二、上年结转 = (七)总计 + 四、结转下年度继续办理, the rule the template prints above the
/// table. Rule <c>t3.balance.&lt;column&gt;</c> (total, natural_person, …).
/// </summary>
public sealed class Table3BalanceCheck : IReportCheck
{
    private static readonly string[] Rows = ["new_received", "carried_over", "result.total", "carried_forward"];

    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        foreach (var column in Table3Columns.Keys)
        {
            if (cells.All(Rows.Select(r => $"t3.{r}.{column}")) is not [var received, var carried, var handled, var forward])
                continue;
            var ok = received + carried == handled + forward;
            yield return new CheckResult($"t3.balance.{column}", ok,
                $"一 {TableCells.Format(received)} + 二 {TableCells.Format(carried)} = {TableCells.Format(received + carried)} "
                + $"{(ok ? "=" : "≠")} (七)总计 {TableCells.Format(handled)} + 四 {TableCells.Format(forward)} = {TableCells.Format(handled + forward)}");
        }
    }
}
