using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovReportParser.Extraction;
using GovReportParser.Extraction.Figures;
using GovReportParser.Extraction.Narrative;
using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Figures;

/// <summary>Golden/Figures: report excerpts and the figures and narrative metrics they must give (see its README).</summary>
public class GoldenFiguresTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Figures");

    public static IEnumerable<string> Excerpts() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Excerpts))]
    public void GivesTheGoldenFiguresAndMetrics(string name)
    {
        var document = SampleDocuments.FromText(File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        var result = new ExtractionResult();
        new FigureExtractor().Extract(document, result, new Diagnostics());
        new NarrativeMetricExtractor().Extract(document, result, new Diagnostics());
        var actual = ToJson(result);

        var goldenPath = Path.Combine(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable("GOVREPORT_UPDATE_GOLDEN") == "1")
            File.WriteAllText(goldenPath, actual);
        Assert.That(actual, Is.EqualTo(File.ReadAllText(goldenPath).ReplaceLineEndings("\n")));
    }

    private static string ToJson(ExtractionResult result)
    {
        var json = new JsonObject
        {
            ["figures"] = new JsonArray(result.Figures.Select(f => (JsonNode)new JsonObject
            {
                ["value"] = f.Value, ["unit"] = f.Unit, ["approx"] = f.Approx, ["text"] = f.Text,
                ["section"] = f.Section, ["metric"] = f.Metric, ["line"] = f.Line,
            }).ToArray()),
            ["metrics"] = new JsonObject(result.Metrics.ToDictionary().Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["evidence"] = new JsonObject(result.Metrics.SourcesToDictionary()
                .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.Evidence))),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";
    }
}
