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
        {
            if (cells.All(Parts.Select(p => $"t3.{row}.{p}")) is not { } parts || cells[$"t3.{row}.total"] is not { } total)
                continue;
            var sum = parts.Sum();
            var ok = sum == total;
            yield return new CheckResult($"t3.row_sum.{row}", ok,
                $"{string.Join(" + ", parts.Select(TableCells.Format))} = {TableCells.Format(sum)} {(ok ? "=" : "≠")} 总计 {TableCells.Format(total)}");
        }
    }
}
