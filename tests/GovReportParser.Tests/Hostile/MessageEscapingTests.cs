using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// File names with newlines, escape sequences and workflow-command characters: every message stays one line, nothing
/// reaches the terminal raw, and GitHub annotations cannot be forged.
/// </summary>
public class MessageEscapingTests
{
    private const string Forging = "a\nerror: forged.txt: ok\u001b[2J%0A::warning::x,y:z.txt";

    [Test]
    public void Given_an_empty_file_whose_name_holds_a_newline_and_an_escape_When_batched_Then_its_error_is_one_escaped_line()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("such names are Unix names");
        using var tree = new HostileTree();
        tree.WriteInput(Forging, []);
        tree.WriteSample("good.txt");

        var run = CliRun.Of("batch", tree.Input, "--out", tree.Output, "-q");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(HostileTree.Lines(run.Error), Is.EqualTo(new[] { @"error: a\nerror: forged.txt: ok\x1b[2J%0A::warning::x,y:z.txt: empty file" }));
    }

    [Test]
    public void Given_github_format_and_a_name_with_workflow_characters_When_checked_Then_the_annotation_is_escaped_per_the_rules()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("such names are Unix names");
        using var dir = new TempDir();
        var path = dir.Write(Forging, []);

        var run = CliRun.Of("check", "--format", "github", path);

        var file = (dir.Path + "/").Replace(":", "%3A").Replace(",", "%2C")
            + "a%0Aerror%3A forged.txt%3A ok\u001b[2J%250A%3A%3Awarning%3A%3Ax%2Cy%3Az.txt";
        Assert.That(HostileTree.Lines(run.Error), Is.EqualTo(new[] { $"::error file={file}::empty file" }));
    }

    [Test]
    public void Given_github_format_and_a_table_that_does_not_add_up_When_checked_Then_the_annotation_gives_the_line_of_its_row()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"));
        var row = "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
        Assert.That(text, Does.Contain(row));
        var path = dir.Write("inconsistent.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace(row, "\n1" + row[2..])));
        var line = text[..text.IndexOf(row, StringComparison.Ordinal)].Count(c => c == '\n') + 2; // the row's own line, 1-based

        var run = CliRun.Of("check", "--format", "github", path);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(HostileTree.Lines(run.Out), Does.Contain($"::error file={path.Replace(":", "%3A").Replace(",", "%2C")},line={line}::t4.sum.review: 1 + 0 + 0 + 0 = 1 ≠ 总计 0"));
    }
}
