using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class CheckCommandTests
{
    [Test]
    public void Given_readable_samples_When_checked_Then_each_is_listed_and_a_summary_closes()
    {
        var run = CliRun.Of("check", RepoPaths.SampleTxt("000_"), RepoPaths.SampleTxt("003_"));
        Assert.That(run.Out.TrimEnd().Split('\n')[^1], Does.StartWith("2 reports:"));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public void Given_an_unreadable_file_among_good_ones_When_checked_Then_exit_is_1_and_the_others_are_still_checked()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", []);
        var run = CliRun.Of("check", empty, RepoPaths.SampleTxt("000_"));
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo($"error: {empty}: empty file"));
        Assert.That(run.Out, Does.Contain("000_6b93b87c5fdd5131.txt: "));
        Assert.That(run.Out, Does.Contain("1 unreadable"));
    }

    /// <summary>Sample 002 with one table-4 cell changed, as published reports get them wrong: 结果维持 1 beside 总计 0.</summary>
    private static string InconsistentCopy(TempDir dir)
    {
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"));
        var row = "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
        Assert.That(text, Does.Contain(row));
        return dir.Write("002-inconsistent.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace(row, "\n1" + row[2..])));
    }

    [Test]
    public void Given_a_report_whose_table_does_not_add_up_When_checked_Then_the_rule_and_numbers_are_printed_and_exit_is_1()
    {
        using var dir = new TempDir();
        var path = InconsistentCopy(dir);
        var run = CliRun.Of("check", path);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain($"{path}: FAIL t4.sum.review: 1 + 0 + 0 + 0 = 1 ≠ 总计 0"));
        Assert.That(run.Out.TrimEnd().Split('\n')[^1], Is.EqualTo("1 reports: 0 pass, 1 fail checks, 0 unreadable"));
    }

    [Test]
    public void Given_allow_inconsistent_When_a_published_report_fails_a_check_Then_it_is_reported_and_exit_is_0()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("check", "--allow-inconsistent", InconsistentCopy(dir));
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Does.Contain("FAIL t4.sum.review"));
    }

    [Test]
    public void Given_github_format_and_an_unreadable_file_When_checked_Then_an_annotation_is_printed()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", []);
        var run = CliRun.Of("check", "--format", "github", empty);
        Assert.That(run.Error.Trim(), Is.EqualTo($"::error file={empty}::empty file"));
    }
}
