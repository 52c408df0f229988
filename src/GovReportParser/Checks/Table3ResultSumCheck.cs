using GovReportParser.Extraction;
using GovReportParser.Extraction.Tables;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 3, each column: (七)总计 = the sum of the result rows (一) to (六), with 其他处理 as its 2021 sub-rows where the
/// table has them. Rule <c>t3.result_sum.&lt;column&gt;</c>.
/// </summary>
public sealed class Table3ResultSumCheck : IReportCheck
{
    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        if (Table3Relations.ResultRowKeys(cells.Rows("t3", Table3Columns.Keys)) is not { } rows)
            yield break;
        foreach (var column in Table3Columns.Keys)
        {
            if (cells.All(rows.Select(r => $"t3.{r}.{column}")) is not { } parts || cells[$"t3.result.total.{column}"] is not { } total)
                continue;
            var sum = parts.Sum();
            var ok = sum == total;
            yield return new CheckResult($"t3.result_sum.{column}", ok,
                $"sum of {rows.Count} result rows = {TableCells.Format(sum)} {(ok ? "=" : "≠")} (七)总计 {TableCells.Format(total)}");
        }
    }
}
