using System.Text;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class ParseHabitsTests
{
    [Test]
    public void Given_a_report_on_standard_input_When_parse_dash_Then_it_is_parsed_as_the_file_is()
    {
        var bytes = File.ReadAllBytes(RepoPaths.SampleTxt("002_"));
        var piped = CliRun.WithInput(bytes, "parse", "-");
        var file = CliRun.Of("parse", RepoPaths.SampleTxt("002_"));
        Assert.That(piped.ExitCode, Is.EqualTo(0), piped.Error);
        var fromPipe = JsonReportReader.Read(piped.Out);
        var fromFile = JsonReportReader.Read(file.Out);
        Assert.That(fromPipe.Source.Path, Is.EqualTo("stdin.txt"));
        Assert.That(fromPipe.Metrics, Is.EqualTo(fromFile.Metrics));
        Assert.That(fromPipe.Info, Is.EqualTo(fromFile.Info with { Site = fromPipe.Info.Site }));
    }

    [Test]
    public void Given_a_PDF_on_standard_input_When_parse_dash_Then_the_PDF_reader_reads_it()
    {
        var pdf = Directory.GetFiles(RepoPaths.Sample("pdf"), "003_*.pdf").Single();
        var run = CliRun.WithInput(File.ReadAllBytes(pdf), "parse", "-");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(JsonReportReader.Read(run.Out).Source.Format, Is.EqualTo("pdf"));
    }

    [Test]
    public void Given_three_files_one_empty_When_parsed_Then_two_reports_are_printed_one_line_names_the_bad_one_and_it_exits_1()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", []);
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("000_"), empty, RepoPaths.SampleTxt("003_"), "--format", "csv");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo($"error: {empty}: empty file"));
        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("file,key,value"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EqualTo(new[] { RepoPaths.SampleTxt("000_"), RepoPaths.SampleTxt("003_") }));
    }

    [Test]
    public void Given_several_files_and_a_folder_When_parsed_to_json_with_out_Then_each_report_is_a_file_in_it()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("000_"), RepoPaths.SampleTxt("003_"), "--out", dir.Path);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            Path.GetFileNameWithoutExtension(RepoPaths.SampleTxt("000_")) + ".json", Path.GetFileNameWithoutExtension(RepoPaths.SampleTxt("003_")) + ".json",
        }));
    }

    [Test]
    public void Given_a_csv_path_When_parse_format_csv_o_Then_it_is_one_file_of_metrics()
    {
        using var dir = new TempDir();
        var target = dir.File("m.csv");
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("002_"), "--format", "csv", "-o", target, "--no-bom");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(File.Exists(target) && !Directory.Exists(target), Is.True);
        var text = File.ReadAllText(target, Encoding.UTF8);
        Assert.That(text, Does.StartWith("file,key,value,source"), "no byte-order mark with --no-bom");
        Assert.That(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1 + Samples.Report("002_").Metrics.Count));
        Assert.That(Directory.GetFiles(dir.Path), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void Given_a_folder_path_When_parse_format_csv_o_Then_every_table_goes_into_it()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("002_"), "--format", "csv", "-o", dir.File("tables"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Directory.GetFiles(dir.File("tables")).Select(Path.GetFileName).Order(), Is.EqualTo(CsvDatasetWriter.FileNames.Order()));
    }

    [Test]
    public void Given_an_empty_folder_When_checked_Then_it_exits_1_with_no_reports_found()
    {
        using var dir = new TempDir();
        dir.Write("notes.md", "nothing to check"u8.ToArray());
        var run = CliRun.Of("check", dir.Path, "--isolation", "none");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo("error: no reports found"));
    }

    [TestCase("parse")]
    [TestCase("batch")]
    [TestCase("collect")]
    public void Given_a_command_with_an_output_When_its_help_is_shown_Then_it_is_spelled_out_and_o(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.That(run.Out, Does.Contain("-o, --out"));
    }
}
