using GovReportParser.Checks;
using GovReportParser.Model;
using GovReportParser.Tests.Extraction.Tables;

namespace GovReportParser.Tests.Checks;

/// <summary>Extracts a document's tables and runs one check on the result, as the pipeline does.</summary>
internal static class CheckRun
{
    public static Dictionary<string, CheckResult> Of(IReportCheck check, Document document)
    {
        var run = TableRun.Of(document);
        return check.Check(new StructuredDocument(document, [], new ReportMetadata()), run.Result).ToDictionary(r => r.Rule);
    }
}
