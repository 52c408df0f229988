using System.Text;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class BatchCommandTests
{
    [Test]
    public void Given_the_samples_folder_When_batched_Then_five_JSON_files_and_the_five_CSVs_are_written()
    {
        using var output = new TempDir();
        var run = CliRun.Of("batch", RepoPaths.Samples, "--out", output.Path, "--format", "json,csv", "--quiet");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        foreach (var id in RepoPaths.SampleIds)
            Assert.That(File.Exists(output.File(id + ".json")), Is.True, id);
        foreach (var csv in new[] { "reports.csv", "metrics.csv", "sections.csv", "figures.csv", "checks.csv" })
        {
            var bytes = File.ReadAllBytes(output.File(csv));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), csv + " has a BOM for Excel");
        }
        var reports = File.ReadAllLines(output.File("reports.csv"), Encoding.UTF8);
        Assert.That(reports[0], Does.StartWith("file,status,error,title,agency,region,year,template,published,script,"));
        Assert.That(reports.Skip(1).Count(l => l.StartsWith("00", StringComparison.Ordinal) && l.Contains(",parsed,")), Is.GreaterThanOrEqualTo(5));
        Assert.That(reports.Any(l => l.StartsWith("002_4b9b066e761ef3f1.txt,parsed,,华龙区教育局2020年政府信息公开工作年度报告,华龙区教育局,华龙区,2020,2019,", StringComparison.Ordinal)), Is.True);
        var sections = File.ReadAllLines(output.File("sections.csv"), Encoding.UTF8);
        Assert.That(sections, Does.Contain("002_4b9b066e761ef3f1.txt,1.1,2,一,一、概述,,0,9"));
    }

    [Test]
    public void Given_a_batch_with_bad_files_When_run_Then_they_are_failed_rows_and_the_good_files_are_still_written()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        input.Write("a/good.txt", File.ReadAllBytes(RepoPaths.SampleTxt("000_")));
        input.Write("a/empty.txt", []);
        input.Write("b/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3]);
        input.Write("b/good.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        input.Write("notes.doc", [1, 2, 3]);
        var run = CliRun.Of("batch", input.Path, "--out", output.Path, "-q");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "error: a/empty.txt: empty file", "error: b/binary.txt: binary file (PNG), not text",
        }));
        Assert.That(run.Out, Does.StartWith("2 parsed, 2 failed, 1 skipped"));
        Assert.That(File.Exists(output.File("a/good.json")) && File.Exists(output.File("b/good.json")), Is.True);
        Assert.That(File.Exists(output.File("a/empty.json")), Is.False);
        var rows = File.ReadAllLines(output.File("reports.csv"), Encoding.UTF8).Skip(1).ToArray();
        Assert.That(rows, Has.Length.EqualTo(5));
        Assert.That(rows[0], Does.StartWith("a/empty.txt,failed,empty file,"));
        Assert.That(rows[1], Does.StartWith("a/good.txt,parsed,,舞钢市教体局2019年信息公开工作总结,"));
        Assert.That(rows[2], Does.StartWith("b/binary.txt,failed,\"binary file (PNG), not text\","));
        Assert.That(rows[3], Does.StartWith("b/good.txt,parsed,,2012年度市教育局政府信息公开总结,"));
        Assert.That(rows[4], Does.StartWith("notes.doc,skipped,no reader for .doc,"), "what a batch leaves out is listed too");
    }

    [Test]
    public void Given_an_unreadable_file_in_a_batch_When_run_Then_it_is_a_failed_row_and_the_others_are_written()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        input.Write("a.txt", File.ReadAllBytes(RepoPaths.SampleTxt("000_")));
        UnprivilegedCli.MakeUnreadable(input.Write("b.txt", File.ReadAllBytes(RepoPaths.SampleTxt("001_"))));
        input.Write("c.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        UnprivilegedCli.OpenToAll(input.Path);
        UnprivilegedCli.OpenToAll(output.Path);

        var run = UnprivilegedCli.Run("batch", input.Path, "--out", output.Path, "-q");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(run.Error.TrimEnd(), Is.EqualTo("error: b.txt: permission denied"));
        Assert.That(run.Out, Does.StartWith("2 parsed, 1 failed, 0 skipped"));
        Assert.That(Directory.GetFiles(output.Path, "*.json").Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "a.json", "c.json" }));
        var rows = File.ReadAllLines(output.File("reports.csv"), Encoding.UTF8).Skip(1).ToArray();
        Assert.That(rows.Select(r => r.Split(',')[..3]), Is.EqualTo(new[]
        {
            new[] { "a.txt", "parsed", "" }, ["b.txt", "failed", "permission denied"], ["c.txt", "parsed", ""],
        }));
    }

    [Test]
    public void Given_two_inputs_sharing_a_name_When_batched_Then_both_keep_their_extension()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        input.Write("x.txt", File.ReadAllBytes(RepoPaths.SampleTxt("000_")));
        input.Write("x.text", File.ReadAllBytes(RepoPaths.SampleTxt("001_")));
        Assert.That(CliRun.Of("batch", input.Path, "--out", output.Path, "-q", "--format", "json").ExitCode, Is.EqualTo(0));
        Assert.That(Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "x.text.json", "x.txt.json" }));
    }

    [Test]
    public void Given_only_bad_files_and_json_alone_When_batched_Then_each_is_one_failed_line_and_nothing_else_is_reported()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        input.Write("empty.txt", []);
        input.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3]);
        var outDir = Path.Combine(output.Path, "never-made");
        var run = CliRun.Of("batch", input.Path, "--out", outDir, "-q", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(run.Out, Does.Contain("0 parsed, 2 failed"));
        Assert.That(run.Error, Does.Not.Contain("panel.csv"), "the follow-up has nothing to read when no JSON was written");
        Assert.That(Directory.Exists(outDir), Is.False, "nothing written, no folder made");
    }

    [Test]
    public void Given_a_missing_folder_When_batched_Then_it_is_a_usage_error() =>
        Assert.That(CliRun.Of("batch", "/nonexistent", "--out", "/tmp/x").ExitCode, Is.EqualTo(2));
}
