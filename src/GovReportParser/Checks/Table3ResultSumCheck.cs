using GovReportParser.Catalogue;
using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 3, each column: (七)总计 = the sum of the result rows (一) to (六), with 其他处理 as its 2021 sub-rows where the
/// table has them (<see cref="Table3.ResultRowKeys"/>). Rule <c>t3.result_sum.&lt;column&gt;</c>.
/// </summary>
public sealed class Table3ResultSumCheck : IReportCheck
{
    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        if (Table3.ResultRowKeys(cells.Rows(Table3.Key, Table3.CheckOrder)) is not { } rows)
            yield break;
        foreach (var column in Table3.CheckOrder)
        {
            if (cells.All(rows.Select(r => MetricKey.Of(Table3.Key, r, column.Key))) is not { } parts
                || cells[Table3.Cell(Table3.ResultTotal, column)] is not { } total)
                continue;
            var sum = parts.Sum();
            var ok = sum == total;
            yield return new CheckResult($"{Table3.ResultSumRule}.{column.Key}", ok,
                $"sum of {rows.Count} result rows = {TableCells.Format(sum)} {(ok ? "=" : "≠")} {Table3.ResultTotal.ShortName} {TableCells.Format(total)}");
        }
    }
}
