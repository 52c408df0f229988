using System.Text;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// File names that used to write outside the output folder, lose a report or fail: backslashes, names near NAME_MAX,
/// inputs whose outputs would collide. Whatever the name, each input has its own output inside OUTDIR, the same whatever
/// --jobs says.
/// </summary>
public class OutputPathTests
{
    private static CliRun Batch(HostileTree tree, params string[] extra)
    {
        tree.Snapshot();
        var run = CliRun.Of(["batch", tree.Input, "--out", tree.Output, "-q", .. extra]);
        tree.AssertNothingChangedOutsideOutput();
        tree.AssertNoTemporaryFiles();
        return run;
    }

    private static string[] OutputFiles(HostileTree tree) =>
        HostileTree.RegularFiles(tree.Output).Select(p => Path.GetRelativePath(tree.Output, p)).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Given_a_name_with_backslashes_and_dot_dots_When_batched_Then_it_is_one_file_inside_the_output_folder()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("a backslash is a separator on Windows, so such a name cannot exist there");
        using var tree = new HostileTree();
        tree.WriteSample(@"x\..\..\victim\r.txt");

        var run = Batch(tree, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(OutputFiles(tree), Is.EqualTo(new[] { @"x\..\..\victim\r.json" }));
        Assert.That(File.ReadAllText(Path.Combine(tree.Bystander, "r.json")), Is.EqualTo("untouched"));
    }

    [Test]
    public void Given_a_name_of_250_bytes_When_batched_Then_it_parses_and_its_output_name_fits_the_file_system()
    {
        using var tree = new HostileTree();
        var name = new string('报', 82) + ".txt"; // 82 × 3 bytes + 4 = 250 bytes of UTF-8
        Assert.That(Encoding.UTF8.GetByteCount(name), Is.EqualTo(250));
        tree.WriteSample(name);
        tree.WriteSample(new string('告', 82) + ".text", "003_");
        tree.WriteSample(new string('告', 82) + ".txt", "001_"); // shares a stem: both keep their extension, over NAME_MAX

        var run = Batch(tree);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var outputs = OutputFiles(tree).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToArray();
        Assert.That(outputs, Has.Length.EqualTo(3));
        Assert.That(outputs.Select(o => Encoding.UTF8.GetByteCount(o)), Is.All.LessThanOrEqualTo(255));
        Assert.That(outputs, Does.Contain(new string('报', 82) + ".json"));
    }

    [Test]
    public void Given_x_txt_x_pdf_and_x_txt_html_When_batched_with_one_or_two_jobs_Then_each_has_its_own_output_and_the_same_one()
    {
        using var tree = new HostileTree();
        tree.WriteSample("x.txt");
        tree.WriteInput("x.pdf", File.ReadAllBytes(RepoPaths.Sample("pdf/001_c4c302884bd04f07.pdf")));
        tree.WriteInput("x.txt.html", File.ReadAllBytes(RepoPaths.Sample("html/003_549620f865b56b29.html")));

        var one = Batch(tree, "--format", "json", "--jobs", "1");
        var first = OutputFiles(tree).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(tree.Output, f)));
        Directory.Delete(tree.Output, recursive: true);
        var two = Batch(tree, "--format", "json", "--jobs", "2");

        Assert.That((one.ExitCode, two.ExitCode), Is.EqualTo((0, 0)), one.Error + two.Error);
        Assert.That(first.Keys, Is.EqualTo(new[] { "x.pdf.json", "x.txt.html.json", "x.txt.json" }));
        foreach (var (file, bytes) in first)
            Assert.That(File.ReadAllBytes(Path.Combine(tree.Output, file)), Is.EqualTo(bytes), file);
        Assert.That(File.ReadAllText(Path.Combine(tree.Output, "x.txt.html.json")), Does.Contain("\"format\": \"html\""));
    }

    [Test]
    public void Given_an_output_folder_deleted_after_a_batch_When_a_second_batch_runs_in_the_same_process_Then_it_writes_again(
        [Values("process", "none")] string isolation)
    {
        using var tree = new HostileTree();
        tree.WriteSample("a/r.txt");

        var first = Batch(tree, "--isolation", isolation);
        Directory.Delete(tree.Output, recursive: true);
        var second = Batch(tree, "--isolation", isolation);

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)), first.Error + second.Error);
        Assert.That(File.Exists(Path.Combine(tree.Output, "a", "r.json")), Is.True);
    }

    [TestCase("2147483647", 0)]
    [TestCase("0", 2)]
    [TestCase("-1", 2)]
    public void Given_a_jobs_count_When_batched_Then_a_huge_one_is_clamped_and_one_below_1_is_a_usage_error(string jobs, int exitCode)
    {
        using var tree = new HostileTree();
        tree.WriteSample("a.txt");

        var run = Batch(tree, "--jobs", jobs);

        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Error);
        Assert.That(HostileTree.Lines(run.Error), Has.Length.EqualTo(exitCode == 0 ? 0 : 1));
    }
}
