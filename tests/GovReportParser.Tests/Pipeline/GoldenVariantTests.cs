using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Pipeline;

/// <summary>
/// Made-up reports in the shapes the variant harness found failing (tests/GovReportParser.Benchmarks/variants), through
/// the whole parser: metadata, top-level headings, metrics and warning codes equal NAME.json (see Golden/Variants/README.md).
/// </summary>
public class GoldenVariantTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Variants");

    public static IEnumerable<string> Cases() =>
        Directory.GetFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".received", StringComparison.Ordinal)
            && !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Cases))]
    public void Given_a_made_up_report_of_a_failing_shape_When_parsed_Then_it_equals_its_golden_file(string file)
    {
        var report = ReportParser.Default.Parse(File.ReadAllBytes(Path.Combine(Folder, file)), file);
        var info = report.Info;
        var actual = GoldenFile.Json(new
        {
            title = info.Title, agency = info.Agency, region = info.Region, year = info.Year, published = info.Published,
            sections = report.Sections.Select(s => s.Heading).ToArray(),
            metrics = report.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Value),
            warnings = report.Warnings.Select(w => w.Code).ToArray(),
        });

        GoldenFile.Verify(Path.Combine(Folder, Path.GetFileNameWithoutExtension(file) + ".json"), actual);
    }

    [Test]
    public void ThereAreGoldenFiles() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(2));
}
