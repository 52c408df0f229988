using System.Diagnostics;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// An output folder that cannot be written (read-only, full): one line per file or one for the tables, exit 1, no stack
/// trace, no temporary file left behind.
/// </summary>
public class OutputFailureTests
{
    private static void AssertCleanFailure(CliRun run)
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(HostileTree.Lines(run.Error), Is.All.StartWith("error: "), "one line each, no stack trace");
    }

    [Test]
    public void Given_a_read_only_output_folder_When_batched_to_JSON_Then_each_file_is_one_line_and_nothing_is_left()
    {
        using var tree = new HostileTree();
        tree.WriteSample("a.txt");
        tree.WriteSample("b.txt", "003_");
        Directory.CreateDirectory(tree.Output);
        UnprivilegedCli.OpenToAll(tree.Root);
        UnprivilegedCli.MakeUnreadable(tree.WriteInput("probe.md", [])); // ignores the test where modes cannot deny root
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(tree.Output, (UnixFileMode)0b101_101_101);

        var json = UnprivilegedCli.Run("batch", tree.Input, "--out", tree.Output, "-q", "--format", "json");
        var both = UnprivilegedCli.Run("batch", tree.Input, "--out", tree.Output, "-q");

        AssertCleanFailure(json);
        Assert.That(HostileTree.Lines(json.Error), Is.EqualTo(new[]
        {
            "error: a.txt: output a.json could not be written (permission denied)", "error: b.txt: output b.json could not be written (permission denied)",
        }));
        AssertCleanFailure(both);
        Assert.That(HostileTree.Lines(both.Error), Is.EqualTo(new[] { $"error: {tree.Output}: the tables could not be written (permission denied)" }));
        Assert.That(Directory.GetFileSystemEntries(tree.Output), Is.Empty);
    }

    [Test]
    public void Given_an_output_folder_on_a_full_disk_When_batched_Then_failures_are_one_line_each_and_no_temporary_file_is_left()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
            Assert.Ignore("a small file system is mounted for this test, which takes root on Linux");
        using var tree = new HostileTree();
        for (var i = 0; i < 10; i++)
            tree.WriteSample($"r{i}.txt", RepoPaths.SampleIds[i % 5][..4]);
        Directory.CreateDirectory(tree.Output);
        if (Run("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", tree.Output) != 0)
            Assert.Ignore("cannot mount a tmpfs here");
        try
        {
            var run = CliRun.Of("batch", tree.Input, "--out", tree.Output, "-q");

            AssertCleanFailure(run);
            Assert.That(run.Error, Does.Contain("no space left on device"));
            tree.AssertNoTemporaryFiles();
            Assert.That(Directory.GetFiles(tree.Output).Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty);
            foreach (var json in Directory.GetFiles(tree.Output, "*.json"))
                Assert.That(System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(json)).RootElement.GetProperty("schema").GetString(), Is.EqualTo("govreport/1"), json);
        }
        finally
        {
            Run("umount", tree.Output);
        }
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
