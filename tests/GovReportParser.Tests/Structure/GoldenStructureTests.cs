using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Excerpt in, heading tree and metadata out: see Golden/Structure/README.md.</summary>
public class GoldenStructureTests
{
    private static string Golden(string name) => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Structure", name);

    private static object Tree(SectionNode s) => new
    {
        level = s.Level, number = s.Number, heading = s.Heading, canonical = s.Canonical,
        children = s.Children.Select(Tree).ToArray(),
    };

    [TestCase("pasted-report")]
    [TestCase("narrative-lead-sentences")]
    [TestCase("run-together-web-text")]
    public void Given_an_excerpt_When_structured_Then_tree_and_metadata_equal_the_golden_file(string name)
    {
        var report = ReportParser.Default.Parse(File.ReadAllBytes(Golden(name + ".txt")), name + ".txt");
        var actual = GoldenFile.Json(new
        {
            title = report.Info.Title, agency = report.Info.Agency, year = report.Info.Year, template = report.Info.Template,
            sections = report.Sections.Select(Tree).ToArray(),
        });
        GoldenFile.Verify(Golden(name + ".json"), actual);
    }
}
