using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

/// <summary>The files of docs/ that are generated from the code must be what the code generates today.</summary>
public class GeneratedDocsTests
{
    [Test]
    public void MetricsTsvIsCurrent() => GeneratedFile.Verify("docs/metrics.tsv", KeyListWriter.Tsv());

    [Test]
    public void MetricsMarkdownIsCurrent() => GeneratedFile.Verify("docs/metrics.md", KeyListWriter.Markdown());

    [Test]
    public void ReportSchemaIsCurrent() => GeneratedFile.Verify("docs/report.schema.json", ReportSchema.Render());
}
