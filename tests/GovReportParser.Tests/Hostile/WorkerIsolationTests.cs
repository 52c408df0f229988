using System.Diagnostics;
using System.Text;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// The command line as its own process, with files that crash, hang or exhaust a worker (the worker's test hook) and
/// files that are bad in themselves, among good samples: each bad file is one line and a failed row, and every good
/// file's output is byte-identical to a batch without the bad files.
/// </summary>
public class WorkerIsolationTests
{
    private static readonly (string Kind, string Name)[] Faults =
        [("stack-overflow", "crash.txt"), ("hang", "hang.txt"), ("allocate", "greedy.txt"), ("exit", "quits.txt")];

    private static void WriteGood(HostileTree tree)
    {
        foreach (var (id, i) in RepoPaths.SampleIds.Select((id, i) => (id, i)))
            tree.WriteSample($"{i % 2}/{id}.txt", id[..4]);
    }

    private static Dictionary<string, byte[]> JsonFiles(string output) =>
        (Directory.Exists(output) ? HostileTree.RegularFiles(output) : []).Where(p => p.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(p => Path.GetRelativePath(output, p), File.ReadAllBytes);

    private static Dictionary<string, string[]> CsvRowsOf(string output, IReadOnlyCollection<string> files) =>
        Directory.GetFiles(output, "*.csv").ToDictionary(csv => Path.GetFileName(csv), csv => File.ReadAllLines(csv, Encoding.UTF8)
            .Where(line => files.Any(f => line.StartsWith(f + ",", StringComparison.Ordinal))).ToArray());

    [Test]
    public void Given_bad_files_of_every_kind_among_good_ones_When_batched_Then_each_fails_alone_and_the_good_outputs_are_unchanged()
    {
        using var tree = new HostileTree();
        WriteGood(tree);
        var withoutBadFiles = Path.Combine(tree.Root, "reference");
        var reference = CliProcess.Run(null, "batch", tree.Input, "--out", withoutBadFiles, "-q");
        Assert.That(reference.ExitCode, Is.EqualTo(0), reference.Error);

        foreach (var (_, name) in Faults)
            tree.WriteSample($"1/{name}");
        tree.WriteInput("0/empty.txt", []);
        tree.WriteInput("1/binary.txt", [0x89, 0x50, 0x4E, 0x47, 13, 10, 26, 10]);
        tree.WriteSample("0/name\nwith\u001b[31mescape.txt");
        tree.Snapshot();
        var clock = Stopwatch.StartNew();

        var run = CliProcess.Run(CliProcess.Faults(Faults), "batch", tree.Input, "--out", tree.Output, "-q", "--timeout", "20", "--memory-limit", "256M");

        Assert.That(clock.Elapsed, Is.LessThan(CliProcess.HangGuard));
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(HostileTree.Lines(run.Error), Is.EquivalentTo(new[]
        {
            "error: 0/empty.txt: empty file", "error: 1/binary.txt: binary file (PNG), not text",
            "error: 1/crash.txt: crashed (stack overflow)", "error: 1/hang.txt: timed out after 20 s",
            "error: 1/greedy.txt: over the memory limit", "error: 1/quits.txt: crashed (exit code 3)",
        }));
        Assert.That(run.Out, Does.StartWith("6 parsed, 6 failed"), "the escaped name parses: it is a good sample");
        tree.AssertNothingChangedOutsideOutput();
        tree.AssertNoTemporaryFiles();
        var good = JsonFiles(withoutBadFiles);
        var all = JsonFiles(tree.Output);
        Assert.That(all.Keys.Except(good.Keys), Is.EqualTo(new[] { "0/name\nwith\u001b[31mescape.json" }), "no output for a failed file");
        foreach (var (file, bytes) in good)
            Assert.That(all[file], Is.EqualTo(bytes), file);
        var goodNames = good.Keys.Select(k => k[..^".json".Length] + ".txt").ToArray();
        var expected = CsvRowsOf(withoutBadFiles, goodNames);
        var actual = CsvRowsOf(tree.Output, goodNames);
        foreach (var (csv, rows) in expected)
            Assert.That(actual[csv], Is.EqualTo(rows), csv);
    }

    [Test]
    public void Given_a_batch_stuck_in_a_parse_When_it_receives_SIGTERM_Then_it_stops_at_once_without_CSVs_or_temporary_files()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("SIGTERM is a Unix signal");
        using var tree = new HostileTree();
        WriteGood(tree);
        tree.WriteSample("1/hang.txt");
        using var process = CliProcess.Start(CliProcess.Faults(("hang", "hang.txt")), "batch", tree.Input, "--out", tree.Output, "-q", "--jobs", "1");
        // Wait until the good files before it are written: the worker is then in the hanging parse.
        var written = Stopwatch.StartNew();
        while (JsonFiles(tree.Output).Count < 3 && written.Elapsed < CliProcess.HangGuard)
            Thread.Sleep(100);

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
            kill.WaitForExit();
        var run = CliProcess.Finish(process);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(50)), "far below the 60 s time limit of the hanging file");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(HostileTree.Lines(run.Error), Is.EqualTo(new[] { $"interrupted: the JSON files written to {tree.Output} are whole; the tables were not written" }));
        Assert.That(Directory.GetFiles(tree.Output, "*.csv"), Is.Empty);
        tree.AssertNoTemporaryFiles();
    }
}
