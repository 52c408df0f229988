using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// Table 4, each block (行政复议, 未经复议直接起诉, 复议后起诉): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
/// Rule <c>t4.sum.&lt;block&gt;</c> (review, litigation_direct, litigation_after_review).
/// </summary>
public sealed class Table4SumCheck : IReportCheck
{
    private static readonly string[] Blocks = ["review", "litigation_direct", "litigation_after_review"];
    private static readonly string[] Parts = ["upheld", "corrected", "other", "pending"];

    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        foreach (var block in Blocks)
            if (cells.PartsAddUp($"t4.sum.{block}", $"t4.{block}", Parts) is { } check)
                yield return check;
    }
}
