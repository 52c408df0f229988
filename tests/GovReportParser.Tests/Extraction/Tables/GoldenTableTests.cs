using System.Text.Json;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>Golden/Tables/NAME.txt must give exactly the metrics and warnings of NAME.json (see the README there).</summary>
public class GoldenTableTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Tables");

    public static IEnumerable<string> Cases() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Tables"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Cases))]
    public void GivesItsGoldenJson(string name)
    {
        var run = TableRun.OfFile(Path.Combine(Folder, name + ".txt"));
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = golden.RootElement;
        var metrics = root.GetProperty("metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.That(run.Metrics, Is.EquivalentTo(metrics));
        Assert.That(run.Diagnostics.Warnings.Select(w => w.Code), Is.EqualTo(root.GetProperty("warnings").EnumerateArray().Select(e => e.GetString())));
        if (root.TryGetProperty("unstated", out var unstated))
            foreach (var key in unstated.EnumerateArray().Select(e => e.GetString()!))
                Assert.That(run.Metrics.ContainsKey(key), Is.False, key);
    }

    /// <summary>
    /// Columns printed one after another, one a line or one value a line: normalisation must leave a line of values a
    /// line of its own (a column is as long as prose, yet never half of a sentence), so the whole pipeline reads them
    /// as the extractor alone does.
    /// </summary>
    [TestCase("t3-column-per-line")]
    [TestCase("t3-columns-one-value-a-line")]
    [TestCase("t3-columns-blank-between")]
    public void ColumnsReadTheSameThroughTheWholePipeline(string name)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var metrics = GovReportParser.Pipeline.ReportParser.Default.Parse(Path.Combine(Folder, name + ".txt")).Metrics;
        foreach (var cell in golden.RootElement.GetProperty("metrics").EnumerateObject())
            Assert.That(metrics.TryGetValue(cell.Name, out var value) ? value : (decimal?)null, Is.EqualTo(cell.Value.GetDecimal()), cell.Name);
    }

    [Test]
    public void ColumnRelationsAreNamedAsTheEvidence()
    {
        var run = TableRun.OfFile(Path.Combine(Folder, "t3-run-together-settled-by-columns.txt"));
        Assert.That(run.Result.Metrics.SourceOf("t3.new_received.total")!.Evidence, Is.EqualTo("110000011 (split by column relations)"));
        Assert.That(run.Result.Metrics.SourceOf("t3.result.disclosed.total")!.Evidence, Is.EqualTo("6000006"));
    }

    [Test]
    public void ThereAreGoldenFiles() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(3));
}
