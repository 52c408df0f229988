using System.Text.Json;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class JsonReportReaderTests
{
    /// <summary>Every sample in every rendering the repository holds (txt, HTML, PDF).</summary>
    private static IEnumerable<string> SampleFiles() =>
        new[] { "", "html", "pdf" }
            .Select(sub => Path.Combine(RepoPaths.Samples, sub))
            .SelectMany(dir => Directory.GetFiles(dir).Where(ReportParser.Default.CanRead))
            .Select(path => Path.GetRelativePath(RepoPaths.Samples, path))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(SampleFiles))]
    public void Given_a_sample_report_When_its_JSON_is_read_back_and_rendered_Then_the_bytes_are_identical(string relative)
    {
        var report = ReportParser.Default.Parse(RepoPaths.Sample(relative));
        var json = JsonReportWriter.RenderUtf8(report);

        var again = JsonReportWriter.RenderUtf8(JsonReportReader.Read(json));

        Assert.That(again, Is.EqualTo(json));
    }

    [Test]
    public void Given_a_written_report_file_When_read_Then_its_values_are_the_parsed_ones()
    {
        using var dir = new TempDir();
        var report = ReportParser.Default.Parse(RepoPaths.SampleTxt("002_"));
        var path = dir.File("r.json");
        JsonReportWriter.WriteFile(path, report);

        var read = JsonReportReader.ReadFile(path);

        Assert.That(read.Info.Title, Is.EqualTo(report.Info.Title));
        Assert.That(read.Metrics, Is.EqualTo(report.Metrics));
        Assert.That(read.Sections.Count, Is.EqualTo(report.Sections.Count));
    }

    [TestCase("")]
    [TestCase("[1, 2]")]
    [TestCase("null")]
    [TestCase("{\"schema\": \"govreport/1\"")]
    public void Given_JSON_that_is_not_a_report_When_read_Then_it_throws_a_JSON_exception(string json) =>
        Assert.That(() => JsonReportReader.Read(json), Throws.InstanceOf<JsonException>());
}
