using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>An arithmetic or consistency rule; a failed rule is a finding about the report, never an exception.</summary>
public interface IReportCheck
{
    IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result);
}
