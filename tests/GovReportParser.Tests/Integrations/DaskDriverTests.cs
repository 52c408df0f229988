using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Integrations;

/// <summary>
/// integrations/dask/govreport_dask.py end to end on a LocalCluster of worker processes: the parts it has the workers
/// write and then collects must equal one unsharded batch byte for byte, and a part that fails is retried once.
/// Needs Debian's python3-distributed (.ci/run installs it); without it the tests are ignored, saying so.
/// </summary>
[TestFixture]
[NonParallelizable] // each run starts a cluster and batches on every core: alone, they stay far from the hang guard
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the fault is a shell script
public class DaskDriverTests
{
    /// <summary>Debian's interpreter, where python3-distributed installs (not a pyenv python3 that may come first on PATH).</summary>
    private const string Python = "/usr/bin/python3";
    private const string Formats = "json,csv,sqlite,parquet";
    /// <summary>What the driver adds to the output folder beside the batch's own files: the parts and the one list.</summary>
    private static readonly string[] DriverOnly = ["parts/", "govreport-inputs.txt"];
    /// <summary>A guard against hangs only: the 50-copy run takes a minute or two on a loaded 2-core machine.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    private static string Driver => Path.Combine(RepoPaths.Root, "integrations", "dask", "govreport_dask.py");

    [OneTimeSetUp]
    public void RequireDistributed()
    {
        if (!File.Exists(Python))
            Assert.Ignore($"{Python} is absent (the Dask driver needs Debian's python3-distributed)");
        var probe = CliProcess.Finish(CliProcess.StartProgram(Python, null, "-c", "import distributed"), HangGuard);
        if (probe.ExitCode != 0)
            Assert.Ignore($"{Python} cannot import distributed (apt-get install python3-distributed): {probe.Error.Trim()}");
    }

    [Test]
    public void Given_the_samples_and_corpus_50_times_When_driven_as_4_parts_on_2_Dask_workers_Then_every_output_file_equals_one_batch_byte_for_byte()
    {
        using var input = Copies(50);
        using var driven = new TempDir();
        using var single = new TempDir();

        var run = Drive(input.Path, driven.Path, parts: 4, CliProcess.Executable);
        var batch = OneBatch(input.Path, single.Path);

        Assert.That(run.ExitCode, Is.EqualTo(batch.ExitCode), "the driver exits as one batch does; its stderr: " + run.Error);
        Assert.That(run.Error, Does.Contain("4/4 parts"), "the last progress line counts every part");
        Assert.That(Directory.GetDirectories(Path.Combine(driven.Path, "parts")), Has.Length.EqualTo(4), "one part a shard");
        AssertSameFiles(driven.Path, single.Path);
    }

    [Test]
    public void Given_a_part_whose_first_attempt_is_killed_When_driven_Then_it_is_retried_and_the_output_equals_one_batch()
    {
        using var input = Copies(1);
        using var driven = new TempDir();
        using var single = new TempDir();
        using var scratch = new TempDir();
        var binary = FaultyBinary(scratch, shard: "2/3", firstAttemptOnly: true);

        var run = Drive(input.Path, driven.Path, parts: 3, binary);
        var batch = OneBatch(input.Path, single.Path);

        Assert.That(run.Error, Does.Contain("part 2/3 failed, retrying"), run.Error);
        Assert.That(run.Error, Does.Contain("injected fault"), "the failed attempt's stderr is shown");
        Assert.That(run.ExitCode, Is.EqualTo(batch.ExitCode), run.Error);
        AssertSameFiles(driven.Path, single.Path);
    }

    [Test]
    public void Given_a_part_that_fails_twice_When_driven_Then_one_line_names_it_with_its_stderr_and_nothing_is_collected()
    {
        using var input = Copies(1);
        using var driven = new TempDir();
        using var scratch = new TempDir();
        var binary = FaultyBinary(scratch, shard: "2/3", firstAttemptOnly: false);

        var run = Drive(input.Path, driven.Path, parts: 3, binary);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.Error);
        var errors = run.Error.Split('\n').Where(line => line.StartsWith("error: part ")).ToArray();
        Assert.That(errors, Has.Length.EqualTo(1), run.Error);
        Assert.That(errors[0], Does.StartWith("error: part 2/3 (killed by signal 9)").And.Contain("injected fault"));
        Assert.That(File.Exists(driven.File("reports.csv")), Is.False, "no merged tables from a missing part");
    }

    private static CliRun Drive(string input, string output, int parts, string binary) =>
        CliProcess.Finish(CliProcess.StartProgram(Python, null, Driver, input, "--out", output, "--parts", parts.ToString(),
            "--workers", "2", "--govreport", binary, "--format", Formats), HangGuard);

    private static CliRun OneBatch(string input, string output) =>
        CliProcess.Finish(CliProcess.Start(null, "batch", input, "--out", output, "--format", Formats, "-q"), HangGuard);

    /// <summary>The repo's samples (txt, HTML, PDF, and their gold JSON, which the batch skips) and, when ../shared is
    /// present, its raw corpus (PDF, docx, txt, HTML), copied COUNT times into numbered folders.</summary>
    private static TempDir Copies(int count)
    {
        var input = new TempDir();
        var corpus = SharedCorpus.Root is { } shared ? Path.Combine(shared, "corpus", "raw") : null;
        for (var copy = 0; copy < count; copy++)
        {
            CopyTree(RepoPaths.Samples, input.File($"{copy:D2}/samples"));
            if (corpus is not null)
                CopyTree(corpus, input.File($"{copy:D2}/corpus"));
        }
        return input;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>
    /// A stand-in for the binary that kills itself (as a worker node that died would end) when asked for SHARD — on
    /// its first attempt only, or on every attempt — and otherwise runs the real govreport. The first attempt is
    /// claimed by creating a folder, which only one process can do.
    /// </summary>
    private static string FaultyBinary(TempDir scratch, string shard, bool firstAttemptOnly)
    {
        var claim = firstAttemptOnly ? $"mkdir '{scratch.File("attempted")}' 2>/dev/null" : "true";
        var script = $"""
            #!/bin/sh
            case " $* " in
              *" --shard {shard} "*) if {claim}; then echo "injected fault in part {shard}" >&2; kill -KILL $$; fi ;;
            esac
            exec '{CliProcess.Executable}' "$@"

            """;
        var path = scratch.Write("govreport-faulty", System.Text.Encoding.UTF8.GetBytes(script));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>The same files with the same bytes, the driver's own additions aside.</summary>
    private static void AssertSameFiles(string driven, string single)
    {
        var drivenFiles = Files(driven).Where(f => !DriverOnly.Any(f.StartsWith)).ToArray();
        var singleFiles = Files(single).ToArray();
        Assert.That(drivenFiles, Is.EqualTo(singleFiles), "the same files");
        Assert.That(singleFiles, Does.Contain("reports.csv").And.Contain("metrics.csv"), "the tables are among them");
        var differing = singleFiles
            .Where(f => !File.ReadAllBytes(Path.Combine(driven, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(single, f))))
            .ToArray();
        Assert.That(differing, Is.Empty, "files whose bytes differ");
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
}
