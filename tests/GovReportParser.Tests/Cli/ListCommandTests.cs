using System.Text;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

/// <summary><c>govreport list DIR</c> names what <c>batch DIR</c> reads, so a list of it gives the same batch.</summary>
public class ListCommandTests
{
    [Test]
    public void Given_a_folder_with_hidden_unreadable_and_linked_entries_When_listed_and_batched_from_the_list_Then_the_rows_equal_a_batch_of_the_folder()
    {
        using var root = new TempDir();
        root.Write("b/2021.txt", File.ReadAllBytes(RepoPaths.SampleTxt("002_")));
        root.Write("a/z.txt", File.ReadAllBytes(RepoPaths.SampleTxt("000_")));
        root.Write("a/Z-upper.txt", File.ReadAllBytes(RepoPaths.SampleTxt("001_")));
        root.Write("notes.doc", [1, 2, 3]);
        root.Write(".hidden/x.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        root.Write("a/.draft.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        root.Write("空/报告.txt", File.ReadAllBytes(RepoPaths.SampleTxt("004_")));
        if (!OperatingSystem.IsWindows())
            Directory.CreateSymbolicLink(root.File("again"), root.File("a"));

        var list = CliRun.Of("list", root.Path);

        Assert.That(list.ExitCode, Is.EqualTo(0), list.Error);
        Assert.That(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "a/Z-upper.txt", "a/z.txt", "b/2021.txt", "notes.doc", "空/报告.txt" }), "ordinal order, hidden and re-entered folders left out");
        using var lists = new TempDir();
        var file = lists.Write("list.txt", Encoding.UTF8.GetBytes(list.Out));
        using var fromFolder = new TempDir();
        using var fromList = new TempDir();
        CliRun.Of("batch", root.Path, "--out", fromFolder.Path, "-q", "--isolation", "none");
        CliRun.Of("batch", "--files-from", file, "--root", root.Path, "--out", fromList.Path, "-q", "--isolation", "none");
        // The folder's batch also has a skipped row for the second path to a folder, which no list names.
        var folderRows = File.ReadAllLines(fromFolder.File("reports.csv")).Where(l => !l.StartsWith("again/", StringComparison.Ordinal)).ToArray();
        Assert.That(folderRows, Has.Length.EqualTo(6), "a header and five rows");
        Assert.That(File.ReadAllLines(fromList.File("reports.csv")), Is.EqualTo(folderRows));
    }

    [Test]
    public void Given_no_folder_When_listed_Then_one_line_says_so_and_it_exits_2()
    {
        using var root = new TempDir();
        var run = CliRun.Of("list", root.File("missing"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Does.EndWith("missing: not a folder"));
    }
}
