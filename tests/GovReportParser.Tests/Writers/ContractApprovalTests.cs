using System.Text;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

/// <summary>
/// The one approval test of the output contract: sample 002 (tables, nested headings) and sample 004 (traditional
/// script, site metadata) rendered as JSON and as the five CSV tables must equal the approved files in Golden/Contract.
/// A deliberate change is approved by running the tests with GOVREPORT_APPROVE=1 and reviewing the diff.
/// </summary>
public class ContractApprovalTests
{
    private static string GoldenPath(string name) => Path.Combine(RepoPaths.Root, "tests", "GovReportParser.Tests", "Golden", "Contract", name);

    private static ParseOutcome Outcome(string id)
    {
        var path = RepoPaths.SampleTxt(id);
        var relative = "samples/" + Path.GetFileName(path);
        return new ParseOutcome(Path.GetFileName(path), ReportParser.Default.Parse(File.ReadAllBytes(path), relative), null);
    }

    /// <summary>Through the golden-file rule: a mismatch is written beside the approved file as NAME.received.</summary>
    private static void Approve(string name, string actual)
    {
        var path = GoldenPath(name);
        GoldenFile.Verify(path, actual, path + ".received", GoldenFile.Approving);
        Assert.That(File.Exists(path), Is.True, $"no approved {name}: run with {GoldenFile.ApproveVariable}=1");
    }

    [TestCase("002_")]
    [TestCase("004_")]
    public void Given_a_sample_When_rendered_as_JSON_Then_it_equals_the_approved_file(string id) =>
        Approve(id + "report.json", JsonReportWriter.Render(Outcome(id).Report!));

    [Test]
    public void Given_a_report_When_rendered_as_bytes_for_a_file_Then_they_are_the_UTF8_of_the_rendered_text()
    {
        var report = Outcome("002_").Report!;
        Assert.That(JsonReportWriter.RenderUtf8(report), Is.EqualTo(Encoding.UTF8.GetBytes(JsonReportWriter.Render(report))));
    }

    [TestCase("002_")]
    [TestCase("004_")]
    public void Given_a_sample_When_rendered_as_the_five_CSV_tables_Then_they_equal_the_approved_files(string id)
    {
        using var dir = new TempDir();
        using (var csv = new CsvDatasetWriter(dir.Path))
        {
            csv.Add(Outcome(id));
            csv.Add(new ParseOutcome("broken.txt", null, "empty file"));
            csv.Complete();
        }
        foreach (var name in CsvDatasetWriter.FileNames)
        {
            var bytes = File.ReadAllBytes(dir.File(name));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), name);
            Approve(id + name, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        }
    }
}
