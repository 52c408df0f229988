using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Checks;

/// <summary>The default pipeline runs the table extractor and the table checks.</summary>
public class PipelineChecksTests
{
    [Test]
    public void DefaultParserReportsTableMetricsTablesAndChecks()
    {
        var report = ReportParser.Default.Parse(RepoPaths.SampleTxt("002_"));
        Assert.That(report.Metrics.Keys.Count(k => k.StartsWith('t')), Is.EqualTo(199));
        Assert.That(report.Tables.Select(t => t.Kind), Is.EqualTo(new[] { "t2", "t3", "t4" }));
        Assert.That(report.MetricSources["t3.new_received.total"].Table, Is.EqualTo("t3"));
        Assert.That(report.Checks.Select(c => c.Rule), Does.Contain("t3.balance.total").And.Contain("t4.sum.review"));
        Assert.That(report.Checks.Where(c => !c.Ok), Is.Empty);
    }
}
