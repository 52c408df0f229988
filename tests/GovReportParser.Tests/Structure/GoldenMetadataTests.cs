using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Made-up report openings, one per failure class of issue 12, in; metadata and headings out: see Golden/Metadata/README.md.</summary>
public class GoldenMetadataTests
{
    private static string Golden(string name) => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Metadata", name);

    private static object Tree(SectionNode s) => new { heading = s.Heading, children = s.Children.Select(Tree).ToArray() };

    [TestCase("title-chrome.txt")]
    [TestCase("two-line-title.txt")]
    [TestCase("quoted-title.txt")]
    [TestCase("sentence-not-title.txt")]
    [TestCase("html-title-hints.html")]
    [TestCase("agency-compiled-by.txt")]
    [TestCase("year-fallbacks.txt")]
    [TestCase("published-variants.txt")]
    [TestCase("site-block-shapes.txt")]
    [TestCase("heading-shapes.txt")]
    public void Given_a_made_up_opening_When_parsed_Then_metadata_and_headings_equal_the_golden_file(string file)
    {
        var report = ReportParser.Default.Parse(File.ReadAllBytes(Golden(file)), file);
        var info = report.Info;
        var actual = GoldenFile.Json(new
        {
            title = info.Title, agency = info.Agency, region = info.Region, year = info.Year, published = info.Published,
            site = info.Site, sections = report.Sections.Select(Tree).ToArray(),
        });

        GoldenFile.Verify(Golden(Path.GetFileNameWithoutExtension(file) + ".json"), actual);
    }
}
