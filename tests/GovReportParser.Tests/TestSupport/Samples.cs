using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Structure;

namespace GovReportParser.Tests.TestSupport;

/// <summary>Parses the repository's samples once per test run (the pipeline is deterministic and stateless).</summary>
public static class Samples
{
    private static readonly Dictionary<string, Report> Reports = new();
    private static readonly Lock Gate = new();

    public static Report Report(string idPrefix)
    {
        lock (Gate)
        {
            if (!Reports.TryGetValue(idPrefix, out var report))
                Reports[idPrefix] = report = ReportParser.Default.Parse(RepoPaths.SampleTxt(idPrefix));
            return report;
        }
    }

    /// <summary>The structured document of a sample, through the default normalisation.</summary>
    public static StructuredDocument Structured(string idPrefix)
    {
        var diagnostics = new Diagnostics();
        var document = ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt(idPrefix), diagnostics);
        return new DefaultStructureBuilder().Build(document, diagnostics);
    }
}
