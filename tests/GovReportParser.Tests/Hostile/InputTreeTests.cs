using System.Diagnostics;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Input trees that trap a naive listing: symbolic-link loops, FIFOs, unreadable folders. Each batch must end, in bounded
/// time, with one line and a row per refused entry, and nothing outside its output folder touched.
/// </summary>
public class InputTreeTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static CliRun Batch(HostileTree tree, params string[] extra)
    {
        tree.Snapshot();
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() => CliRun.Of(["batch", tree.Input, "--out", tree.Output, "-q", .. extra]));
        Assert.That(task.Wait(HangGuard), Is.True, "the batch did not end (hang?)");
        Assert.That(clock.Elapsed, Is.LessThan(HangGuard));
        tree.AssertNothingChangedOutsideOutput();
        tree.AssertNoTemporaryFiles();
        return task.Result;
    }

    private static string[] ReportRows(HostileTree tree) =>
        File.ReadAllLines(Path.Combine(tree.Output, "reports.csv")).Skip(1).Select(r => string.Join(',', r.Split(',')[..3])).ToArray();

    private static void SkipOnWindows()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("symbolic links and FIFOs as Unix makes them");
    }

    [Test]
    public void Given_two_symlink_loops_When_batched_Then_the_listing_ends_and_each_file_is_read_once()
    {
        SkipOnWindows();
        using var tree = new HostileTree();
        tree.WriteSample("a/r.txt");
        tree.WriteSample("b/s.txt", "003_");
        File.CreateSymbolicLink(Path.Combine(tree.Input, "a", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(tree.Input, "b", "to-a"), "../a");
        File.CreateSymbolicLink(Path.Combine(tree.Input, "a", "to-b"), "../b");

        var run = Batch(tree);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.StartWith("2 parsed, 0 failed"));
        Assert.That(ReportRows(tree), Is.EqualTo(new[] { "a/r.txt,parsed,", "b/s.txt,parsed," }));
    }

    [Test]
    public void Given_a_symlink_to_a_folder_outside_the_input_When_batched_Then_it_is_followed_once_by_its_real_path()
    {
        SkipOnWindows();
        using var tree = new HostileTree();
        var outside = Path.Combine(tree.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.Copy(RepoPaths.SampleTxt("001_"), Path.Combine(outside, "e.txt"));
        File.CreateSymbolicLink(Path.Combine(tree.Input, "link1"), outside);
        File.CreateSymbolicLink(Path.Combine(tree.Input, "link2"), outside);

        var run = Batch(tree);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(ReportRows(tree), Is.EqualTo(new[] { "link1/e.txt,parsed," }), "the second link to the same folder adds nothing");
    }

    [Test]
    public void Given_a_FIFO_named_like_a_report_When_batched_Then_it_is_a_failed_row_and_never_opened()
    {
        SkipOnWindows();
        using var tree = new HostileTree();
        tree.WriteSample("a.txt");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(tree.Input, "b.txt")))
            mkfifo.WaitForExit();
        tree.WriteSample("c.txt", "003_");

        var run = Batch(tree);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(HostileTree.Lines(run.Error), Is.EqualTo(new[] { "error: b.txt: not a regular file (a FIFO)" }));
        Assert.That(ReportRows(tree), Is.EqualTo(new[] { "a.txt,parsed,", "b.txt,failed,not a regular file (a FIFO)", "c.txt,parsed," }));
    }

    [Test]
    public void Given_an_unreadable_sub_folder_When_batched_Then_it_is_counted_and_reported_as_a_row()
    {
        using var tree = new HostileTree();
        tree.WriteSample("a.txt");
        var secret = Path.GetDirectoryName(tree.WriteSample("secret/hidden.txt"))!;
        UnprivilegedCli.OpenToAll(tree.Root);
        UnprivilegedCli.MakeUnreadable(secret);

        tree.Snapshot();
        var run = UnprivilegedCli.Run("batch", tree.Input, "--out", tree.Output, "-q");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(HostileTree.Lines(run.Error), Is.EqualTo(new[] { "error: secret/: permission denied (folder not read)" }));
        Assert.That(run.Out, Does.StartWith("1 parsed, 1 failed"));
        Assert.That(ReportRows(tree), Is.EqualTo(new[] { "a.txt,parsed,", "secret/,failed,permission denied (folder not read)" }));
    }
}
