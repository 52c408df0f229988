using System.Diagnostics;
using System.Text;
using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

/// <summary>A worker machine that dies in the middle of its shard, and the scheduler's retry of that shard.</summary>
public class ShardRetryTests
{
    [Test]
    public void Given_a_shard_killed_in_the_middle_When_collected_and_then_retried_Then_collect_refuses_and_then_equals_one_run_and_clears_the_debris()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("the test kills a process tree as a dying Unix machine would");
        using var root = new TempDir();
        root.Write("0-hang.txt", File.ReadAllBytes(RepoPaths.SampleTxt("002_"))); // first in the list: shard 1 parses it first
        foreach (var id in RepoPaths.SampleIds)
            root.Write($"r/{id}.txt", File.ReadAllBytes(RepoPaths.SampleTxt(id[..4])));
        using var lists = new TempDir();
        var list = lists.Write("list.txt", Encoding.UTF8.GetBytes(string.Join('\n', Directory.GetFiles(root.Path, "*", SearchOption.AllDirectories))));
        using var output = new TempDir();
        using var whole = new TempDir();
        string[] Batch(string target, params string[] more) => ["batch", "--files-from", list, "--root", root.Path, "--out", target, "-q", "--format", "json,csv,sqlite", .. more];

        using (var dying = CliProcess.Start(CliProcess.Faults(("hang", "0-hang.txt")), Batch(output.Path, "--shard", "1/2", "--jobs", "1", "--timeout", "600")))
        {
            // Its part is being written (a hidden folder in parts/) and its worker hangs: the shard cannot have finished.
            var clock = Stopwatch.StartNew();
            while (!(Directory.Exists(PartFolder.PartsDirectory(output.Path)) && Directory.GetDirectories(PartFolder.PartsDirectory(output.Path)).Length > 0)
                   && clock.Elapsed < CliProcess.HangGuard)
                Thread.Sleep(100);
            dying.Kill(entireProcessTree: true);
            dying.WaitForExit();
        }
        Assert.That(CliRun.Of(Batch(output.Path, "--shard", "2/2", "--isolation", "none")).ExitCode, Is.EqualTo(0));

        var refused = CliRun.Of("collect", output.Path);
        var retry = CliRun.Of(Batch(output.Path, "--shard", "1/2", "--isolation", "none"));
        var debris = Directory.GetDirectories(PartFolder.PartsDirectory(output.Path)).Select(Path.GetFileName).Where(n => n!.StartsWith('.')).ToArray();
        var collected = CliRun.Of("collect", output.Path);
        CliRun.Of(Batch(whole.Path, "--isolation", "none"));

        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("missing part 1-of-2 of 2"));
        Assert.That(retry.Out, Does.StartWith("3 parsed, 0 failed"), retry.Error);
        Assert.That(collected.ExitCode, Is.EqualTo(0), collected.Error);
        Assert.That(debris, Has.Length.EqualTo(1).And.All.StartWith(".1-of-2."), "the killed shard left its staging folder");
        Assert.That(collected.Out, Does.Contain("removed 1 unfinished part folder left by killed shards"));
        Assert.That(Directory.GetFileSystemEntries(PartFolder.PartsDirectory(output.Path)).Select(Path.GetFileName), Is.EquivalentTo(new[] { "1-of-2", "2-of-2" }));
        foreach (var table in new[] { "reports.csv", "metrics.csv", "sections.csv", "govreport.sqlite" })
            Assert.That(File.ReadAllBytes(output.File(table)), Is.EqualTo(File.ReadAllBytes(whole.File(table))), table);
    }
}
