using System.Text.Json;
using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>
/// A one-cell-per-line table (Golden/Tables/t3-cell-per-line-labels-elsewhere, made up) groups its cells by blank lines.
/// Written double-spaced, or with page furniture between its cells, it must give the same metrics and warnings.
/// </summary>
public class LayoutLinesTests
{
    public static IEnumerable<string> Cases() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Tables"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static string GoldenPath(string golden, string ext) => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Tables", golden + ext);

    private static string[] Lines(string golden) => File.ReadAllText(GoldenPath(golden, ".txt")).Replace("\r\n", "\n").Split('\n');

    private static void AssertAsGolden(string name, TableRun run)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(GoldenPath(name, ".json")));
        var metrics = golden.RootElement.GetProperty("metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.That(run.Metrics, Is.EquivalentTo(metrics));
        Assert.That(run.Diagnostics.Warnings.Select(w => w.Code),
            Is.EqualTo(golden.RootElement.GetProperty("warnings").EnumerateArray().Select(e => e.GetString())));
    }

    [TestCaseSource(nameof(Cases))]
    public void Given_the_table_double_spaced_When_read_Then_one_blank_line_is_a_line_break_and_three_are_a_blank_line(string golden) =>
        AssertAsGolden(golden, TableRun.OfText(string.Join("\n\n", Lines(golden))));

    [TestCaseSource(nameof(Cases))]
    public void Given_page_furniture_between_cells_When_read_Then_it_is_no_blank_line(string golden)
    {
        var lines = Lines(golden).ToList();
        var count = lines.Count;
        for (var page = 3; page >= 1; page--) // a page break at each quarter of the text, last first so positions hold
            lines.InsertRange(count * page / 4, [$"- {page} -", "某某县人民政府办公室", $"第 {page} 页 共 4 页"]);
        var document = TableRun.FromBlocks(TxtReader.SplitLines(string.Join("\n", lines)));
        var marked = PageFurnitureMarker.Default.Normalise(document, new Diagnostics());
        Assert.That(marked.Blocks.Count(b => b.Kind == BlockKind.Furniture), Is.EqualTo(9));

        AssertAsGolden(golden, TableRun.Of(marked));
    }
}
