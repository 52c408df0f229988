using System.Text;
using GovReportParser.Panel;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Panel;

public class BatchFolderTests
{
    [Test]
    public void Given_a_batch_output_When_read_back_Then_each_report_holds_what_its_parse_said()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        input.Write("a/002.txt", File.ReadAllBytes(RepoPaths.SampleTxt("002_")));
        input.Write("b/003.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        input.Write("b/empty.txt", []);
        CliRun.Of("batch", input.Path, "--out", output.Path, "-q");

        var folder = BatchFolder.Read(output.Path);

        Assert.That(folder.Reports.Select(r => (r.File, r.Json)), Is.EqualTo(new[] { ("a/002.txt", "a/002.json"), ("b/003.txt", "b/003.json") }));
        Assert.That(folder.Failed, Is.EqualTo(new[] { new FailedInput("b/empty.txt", "empty file") }));
        var parsed = ReportParser.Default.Parse(input.File("a/002.txt"));
        var read = folder.Reports[0];
        Assert.That((read.Title, read.Agency, read.Region, read.Year, read.Template, read.Format, read.Sha256),
            Is.EqualTo((parsed.Info.Title, parsed.Info.Agency, parsed.Info.Region, parsed.Info.Year, parsed.Info.Template, parsed.Source.Format, parsed.Source.Sha256)));
        Assert.That(read.Metrics, Is.EquivalentTo(parsed.Metrics));
        Assert.That(read.Checks, Is.EqualTo(parsed.Checks));
    }

    [Test]
    public void Given_json_files_that_are_not_reports_When_read_Then_they_are_left_out()
    {
        using var output = new TempDir();
        output.Write("other.json", Encoding.UTF8.GetBytes("{\"schema\":\"something/2\",\"report\":{}}"));
        output.Write("broken.json", Encoding.UTF8.GetBytes("{\"schema\":\"govreport/1\",\"rep"));
        output.Write("array.json", Encoding.UTF8.GetBytes("[1,2]"));
        output.Write(".x.json.123.tmp.json", Encoding.UTF8.GetBytes("{}"));
        Assert.That(BatchFolder.Read(output.Path).Reports, Is.Empty);
    }
}
