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

    [Test]
    public void Given_github_format_and_an_unreadable_file_When_checked_Then_an_annotation_is_printed()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.txt", []);
        var run = CliRun.Of("check", "--format", "github", empty);
        Assert.That(run.Error.Trim(), Is.EqualTo($"::error file={empty}::empty file"));
    }
}
