using System.Text.Json;
using GovReportParser.Catalogue;
using GovReportParser.Cli;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class KeysAndSchemaCommandTests
{
    [Test]
    public void KeysPrintsTheTsvKeyListByDefault()
    {
        var run = CliRun.Of("keys");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(run.Out, Is.EqualTo(KeyListWriter.Tsv()));
        Assert.That(run.Out, Does.Contain("\nfees.charged\t"));
    }

    [Test]
    public void KeysAsJsonIsAnArrayOfEveryKey()
    {
        var run = CliRun.Of("keys", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.EnumerateArray().Select(e => e.GetProperty("key").GetString()), Is.EqualTo(MetricCatalogue.All.Select(m => m.Key)));
    }

    [Test]
    public void KeysAsMarkdownIsTheDocsPage() =>
        Assert.That(CliRun.Of("keys", "--format", "md").Out, Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "metrics.md"))));

    [Test]
    public void KeysRefusesAnUnknownFormatAsBadUsage()
    {
        var run = CliRun.Of("keys", "--format", "xml");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Error, Does.Contain("xml"));
        Assert.That(run.Out, Does.Not.Contain(NarrativeMetrics.FeesCharged), "usage help, not a key list");
    }

    [Test]
    public void SchemaPrintsTheShippedSchema()
    {
        var run = CliRun.Of("schema");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(run.Out, Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"))));
    }
}
