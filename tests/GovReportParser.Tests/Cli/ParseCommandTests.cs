using System.Text.Json;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class ParseCommandTests
{
    [Test]
    public void Given_a_sample_When_parsed_to_stdout_Then_the_JSON_carries_the_contract_fields_with_CJK_unescaped()
    {
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("002_"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.Contain("\"title\": \"华龙区教育局2020年政府信息公开工作年度报告\""));
        Assert.That(run.Out, Does.Not.Contain("\\u"));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name).Take(9), Is.EqualTo(new[]
        {
            "schema", "source", "report", "sections", "figures", "tables", "metrics", "metric_sources", "checks",
        }));
        Assert.That(root.GetProperty("schema").GetString(), Is.EqualTo("govreport/1"));
        Assert.That(root.GetProperty("source").GetProperty("encoding").GetString(), Is.EqualTo("utf-8"));
        Assert.That(root.GetProperty("report").GetProperty("year").GetInt32(), Is.EqualTo(2020));
        Assert.That(root.GetProperty("sections")[0].GetProperty("canonical").GetString(), Is.EqualTo("overview"));
    }

    [Test]
    public void Given_an_output_path_When_parsed_Then_the_JSON_is_written_there()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("003_"), "-o", dir.File("r.json"));
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(File.ReadAllText(dir.File("r.json")), Does.Contain("\"published\": \"2012-12-03\""));
        Assert.That(Directory.GetFiles(dir.Path), Has.Length.EqualTo(1), "no temporary file left behind");
    }

    [Test]
    public void Given_an_empty_file_When_parsed_Then_one_line_names_the_file_and_reason_and_exit_is_1()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", []);
        var run = CliRun.Of("parse", path);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Is.EqualTo($"error: {path}: empty file{Environment.NewLine}"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public void Given_a_binary_file_with_a_txt_name_When_parsed_Then_it_is_refused_as_binary()
    {
        using var dir = new TempDir();
        var pdf = File.ReadAllBytes(Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pdf"), "*.pdf")[0]);
        var path = dir.Write("report.txt", pdf);
        var run = CliRun.Of("parse", path);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo($"error: {path}: binary file (PDF), not text"));
    }

    [Test]
    public void Given_a_missing_path_When_parsed_Then_the_reason_is_no_such_file()
    {
        var run = CliRun.Of("parse", "/nonexistent/report.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo("error: /nonexistent/report.txt: no such file"));
    }

    [Test]
    public void Given_a_file_its_user_may_not_read_When_parsed_Then_one_line_says_permission_denied_and_exit_is_1()
    {
        using var dir = new TempDir();
        var path = dir.Write("locked.txt", File.ReadAllBytes(RepoPaths.SampleTxt("000_")));
        UnprivilegedCli.MakeUnreadable(path);
        UnprivilegedCli.OpenToAll(dir.Path);

        var run = UnprivilegedCli.Run("parse", path);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.TrimEnd(), Is.EqualTo($"error: {path}: permission denied"));
        Assert.That(run.Out, Is.Empty);
    }

    [Test]
    public void Given_bad_usage_When_run_Then_exit_is_2()
    {
        Assert.That(CliRun.Of("parse").ExitCode, Is.EqualTo(2));
        Assert.That(CliRun.Of("parse", RepoPaths.SampleTxt("000_"), "--format", "xml").ExitCode, Is.EqualTo(2));
        Assert.That(CliRun.Of("frobnicate").ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Given_version_When_asked_Then_it_prints_the_version()
    {
        var run = CliRun.Of("--version");
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Does.StartWith("0.1.0"));
    }

    [Test]
    public void Given_csv_format_without_output_When_parsed_Then_metrics_csv_goes_to_stdout()
    {
        var run = CliRun.Of("parse", RepoPaths.SampleTxt("000_"), "--format", "csv");
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Does.StartWith("file,key,value,source"));
    }
}
