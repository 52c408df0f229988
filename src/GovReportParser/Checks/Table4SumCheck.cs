using GovReportParser.Catalogue;
using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 4, each block (行政复议, 未经复议直接起诉, 复议后起诉): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结
/// (<see cref="Table4.SumParts"/>). Rule <c>t4.sum.&lt;block&gt;</c> (review, litigation_direct, litigation_after_review).
/// </summary>
public sealed class Table4SumCheck : IReportCheck
{
    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        foreach (var block in Table4.Blocks)
            if (cells.PartsAddUp($"{Table4.SumRule}.{block.Key}", MetricKey.Of(Table4.Key, block.Key, ""), Table4.SumParts, Table4.Total) is { } check)
                yield return check;
    }
}
