using GovReportParser.Catalogue;
using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>Table 3, each row: 总计 = 自然人 + the five kinds of 法人或其他组织 (<see cref="Table3.ApplicantParts"/>).
/// Rule <c>t3.row_sum.&lt;row&gt;</c>.</summary>
public sealed class Table3RowSumCheck : IReportCheck
{
    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        foreach (var row in cells.Rows(Table3.Key, Table3.Columns))
            if (cells.PartsAddUp($"{Table3.RowSumRule}.{row}", MetricKey.Of(Table3.Key, row, ""), Table3.ApplicantParts, Table3.Total) is { } check)
                yield return check;
    }
}
