using GovReportParser.Extraction;
using GovReportParser.Extraction.Tables;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>Table 3, each row: 总计 = 自然人 + the five kinds of 法人或其他组织. Rule <c>t3.row_sum.&lt;row&gt;</c>.</summary>
public sealed class Table3RowSumCheck : IReportCheck
{
    private static readonly string[] Parts = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org"];

    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result)
    {
        var cells = new TableCells(result.Metrics);
        foreach (var row in cells.Rows("t3", [.. Parts, "total"]))
            if (cells.PartsAddUp($"t3.row_sum.{row}", $"t3.{row}", Parts) is { } check)
                yield return check;
    }
}
