using System.Text.Json;
using System.Text.Json.Nodes;
using GovReportParser.Catalogue;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using Json.Schema;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

/// <summary>Every report JSON the parser writes validates against the generated schema (JsonSchema.Net), and the schema
/// is strict enough to refuse what the contract does not allow.</summary>
public class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ReportSchema.Render()));

    private static readonly string[] ReadableExtensions = [".txt", ".html", ".htm", ".pdf", ".docx"];

    public static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(p => ReadableExtensions.Contains(Path.GetExtension(p)))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
    }

    private static string ReportJson(string path) =>
        JsonReportWriter.Render(ReportParser.Default.Parse(File.ReadAllBytes(path), Path.GetFileName(path)));

    [Test]
    public void ThereAreSamplesInEveryFormat() =>
        Assert.That(SampleFiles().Select(Path.GetExtension).Distinct(), Is.SupersetOf(new[] { ".txt", ".html", ".pdf" }));

    [TestCaseSource(nameof(SampleFiles))]
    public void EachSamplesJsonValidates(string relative) =>
        Assert.That(Errors(ReportJson(Path.Combine(RepoPaths.Root, relative))), Is.Empty);

    [Test]
    public void EachCorpusReportsJsonValidates()
    {
        var folder = Path.GetDirectoryName(SharedCorpus.File("corpus/manifest.tsv"))!;
        var files = Directory.EnumerateFiles(Path.Combine(folder, "raw")).Where(p => ReadableExtensions.Contains(Path.GetExtension(p))).ToList();
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
            Assert.That(Errors(ReportJson(file)), Is.Empty, file);
    }

    private static JsonObject SampleReport() =>
        JsonNode.Parse(ReportJson(RepoPaths.SampleTxt("002_")))!.AsObject();

    [Test]
    public void AMetricKeyNotInTheCatalogueIsRefused()
    {
        var report = SampleReport();
        report["metrics"]!.AsObject()["t3.made_up.total"] = 1;
        Assert.That(Errors(report.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void AMetricValueThatIsNotANumberIsRefused()
    {
        var report = SampleReport();
        var key = report["metrics"]!.AsObject().First().Key;
        report["metrics"]!.AsObject()[key] = "5";
        Assert.That(Errors(report.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void AMissingRequiredFieldAndAnotherSchemaVersionAreRefused()
    {
        var withoutChecks = SampleReport();
        withoutChecks.Remove("checks");
        Assert.That(Errors(withoutChecks.ToJsonString()), Is.Not.Empty);
        var otherVersion = SampleReport();
        otherVersion["schema"] = "govreport/2";
        Assert.That(Errors(otherVersion.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void TheMetricMapsNameExactlyTheCatalogueKeys()
    {
        var schema = JsonNode.Parse(ReportSchema.Render())!;
        foreach (var map in new[] { "metrics", "metric_sources" })
            Assert.That(schema["properties"]![map]!["propertyNames"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>()),
                Is.EqualTo(MetricCatalogue.All.Select(m => m.Key)), map);
    }
}
