using System.Text;
using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Tests.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

/// <summary>
/// A work list cut into shards, each writing its part, and collect merging the parts: the folder equals one unsharded
/// run over the same list, table for table and byte for byte.
/// </summary>
public class ShardedCollectTests
{
    /// <summary>JSON and every table format.</summary>
    private const string Formats = "json,csv,sqlite,parquet,xlsx";

    /// <summary>
    /// The repo's samples (txt, HTML, PDF), two year-shifted copies of one report (so that panel.csv is written) and a
    /// file without a reader (a skipped row); the list names them all in a scrambled order, one twice, and a missing file.
    /// </summary>
    private static (TempDir Root, string List) Input(bool pdf = true)
    {
        var root = new TempDir();
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories).Where(f => pdf || !f.EndsWith(".pdf", StringComparison.Ordinal)))
            root.Write(Path.GetRelativePath(RepoPaths.Samples, file), File.ReadAllBytes(file));
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"));
        root.Write("later/002-plus1.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1)));
        root.Write("later/002-plus2.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 2)));
        root.Write("notes.doc", [1, 2, 3]);
        var files = Directory.GetFiles(root.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root.Path, f)).Order(StringComparer.Ordinal).ToArray();
        var lines = files.Where((_, i) => i % 2 == 1).Reverse().Concat(files.Where((_, i) => i % 2 == 0)).Append(files[0] + "\r").Append("gone/missing.txt");
        var list = root.Write(".list.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        return (root, list);
    }

    private static string[] Batch(string list, string root, string output, params string[] more) =>
        ["batch", "--files-from", list, "--root", root, "--out", output, "--format", Formats, "-q", "--isolation", "none", .. more];

    /// <summary>
    /// Every file of a folder except the report JSON files and the parts: the tables and what follows them; of the
    /// workbook, its entries but its document properties, which hold the time it was written.
    /// </summary>
    private static Dictionary<string, byte[]> Tables(string directory) =>
        Directory.GetFiles(directory).Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => f.EndsWith(".xlsx", StringComparison.Ordinal) ? WorkbookParts(File.ReadAllBytes(f)) : File.ReadAllBytes(f));

    /// <summary>A workbook's zip entries (names and contents) but its document properties.</summary>
    private static byte[] WorkbookParts(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var bytes = new MemoryStream();
        foreach (var e in zip.Entries.Where(e => e.FullName != "docProps/core.xml").OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            bytes.Write(Encoding.UTF8.GetBytes(e.FullName + "\n"));
            using var entry = e.Open();
            entry.CopyTo(bytes);
        }
        return bytes.ToArray();
    }

    private static void RunShards(string list, string root, string output, int count, params string[] more)
    {
        for (var k = 1; k <= count; k++)
        {
            var run = CliRun.Of(Batch(list, root, output, ["--shard", $"{k}/{count}", .. more]));
            Assert.That(run.ExitCode, Is.LessThanOrEqualTo(1), run.Error);
            Assert.That(run.Out, Does.Contain($"parts/{PartFolder.Name(new Shard(k, count))}"));
        }
    }

    [Test]
    public void Given_a_list_of_the_samples_When_three_shards_are_collected_Then_the_folder_equals_one_unsharded_run_byte_for_byte()
    {
        var (root, list) = Input();
        using var _ = root;
        using var whole = new TempDir();
        using var sharded = new TempDir();
        var one = CliRun.Of(Batch(list, root.Path, whole.Path, "--summary"));
        RunShards(list, root.Path, sharded.Path, 3, "--summary");
        Assert.That(Tables(sharded.Path).Keys, Is.Empty, "a shard writes no table outside its part");

        var collect = CliRun.Of("collect", sharded.Path);

        Assert.That(collect.ExitCode, Is.EqualTo(0), collect.Error);
        Assert.That(collect.Out, Does.StartWith("17 parsed, 1 failed, 6 skipped: 3 parts collected (csv,sqlite,parquet,xlsx) →"));
        Assert.That(one.Out, Does.StartWith("17 parsed, 1 failed, 6 skipped"));
        var expected = Tables(whole.Path);
        Assert.That(expected.Keys, Is.SupersetOf(new[] { "reports.csv", "metrics.csv", "warnings.csv", "govreport.sqlite", "reports.parquet", "metrics.parquet", "govreport.xlsx", "panel.csv", "summary.html" }));
        var collected = Tables(sharded.Path);
        Assert.That(collected.Keys, Is.EquivalentTo(expected.Keys));
        foreach (var (name, bytes) in expected)
            Assert.That(collected[name], Is.EqualTo(bytes), name);
        var json = Directory.GetFiles(whole.Path, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(whole.Path, f)).ToArray();
        Assert.That(json, Has.Length.EqualTo(17));
        foreach (var name in json)
            Assert.That(File.ReadAllBytes(Path.Combine(sharded.Path, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole.Path, name))), name);
    }

    [Test]
    public void Given_shards_collected_into_another_folder_Then_it_holds_the_tables_and_panel_of_one_run_and_no_summary()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var whole = new TempDir();
        using var sharded = new TempDir();
        using var elsewhere = new TempDir();
        CliRun.Of(Batch(list, root.Path, whole.Path));
        RunShards(list, root.Path, sharded.Path, 2);

        var collect = CliRun.Of("collect", sharded.Path, "-o", elsewhere.Path);

        Assert.That(collect.ExitCode, Is.EqualTo(0), collect.Error);
        var expected = Tables(whole.Path);
        Assert.That(expected.Keys, Does.Contain("panel.csv").And.Not.Contain("summary.html"));
        var collected = Tables(elsewhere.Path);
        Assert.That(collected.Keys, Is.EquivalentTo(expected.Keys));
        foreach (var (name, bytes) in expected)
            Assert.That(collected[name], Is.EqualTo(bytes), name);
        Assert.That(Tables(sharded.Path).Keys, Is.Empty, "nothing is written beside the parts");
    }

    [Test]
    public void Given_a_shard_run_again_When_its_part_is_replaced_Then_the_part_and_the_collected_tables_are_the_same()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var output = new TempDir();
        RunShards(list, root.Path, output.Path, 2);
        var part = PartFolder.PathOf(output.Path, new Shard(1, 2));
        var before = Directory.GetFiles(part).ToDictionary(Path.GetFileName, File.ReadAllBytes);
        CliRun.Of("collect", output.Path);
        var first = Tables(output.Path);

        CliRun.Of(Batch(list, root.Path, output.Path, "--shard", "1/2"));
        var collect = CliRun.Of("collect", output.Path);

        Assert.That(Directory.GetFiles(part).ToDictionary(Path.GetFileName, File.ReadAllBytes), Is.EqualTo(before));
        Assert.That(Directory.GetFileSystemEntries(PartFolder.PartsDirectory(output.Path)).Select(Path.GetFileName), Is.EquivalentTo(new[] { "1-of-2", "2-of-2" }),
            "no temporary or replaced folder is left");
        Assert.That(collect.ExitCode, Is.EqualTo(0), collect.Error);
        Assert.That(Tables(output.Path), Is.EqualTo(first));
    }

    [Test]
    public void Given_a_part_missing_When_collected_Then_it_is_refused_naming_it_and_no_table_is_written()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var output = new TempDir();
        RunShards(list, root.Path, output.Path, 3);
        Directory.Delete(PartFolder.PathOf(output.Path, new Shard(2, 3)), recursive: true);

        var collect = CliRun.Of("collect", output.Path);

        Assert.That(collect.ExitCode, Is.EqualTo(1));
        Assert.That(collect.Error.Trim(), Is.EqualTo($"error: {Path.Combine(output.Path, "parts")}: missing part 2-of-3 of 3: run that shard first; nothing was collected"));
        Assert.That(Tables(output.Path), Is.Empty);
        Assert.That(Directory.GetFileSystemEntries(output.Path, ".*"), Is.Empty, "no temporary folder is left");
    }

    [Test]
    public void Given_a_list_naming_a_missing_file_When_batched_Then_it_is_a_failed_row_and_a_line_and_the_exit_code_is_1()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var output = new TempDir();
        var run = CliRun.Of(Batch(list, root.Path, output.Path));
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Trim(), Is.EqualTo("error: gone/missing.txt: no such file"));
        Assert.That(File.ReadAllLines(output.File("reports.csv")).Where(l => l.StartsWith("gone/", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "gone/missing.txt,failed,no such file" + new string(',', 29) }));
    }

    [Test]
    public void Given_a_list_on_standard_input_When_batched_Then_it_is_read_as_a_list_file_is()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var fromFile = new TempDir();
        using var fromStdin = new TempDir();
        CliRun.Of(Batch(list, root.Path, fromFile.Path));
        var run = CliRun.WithInput(File.ReadAllBytes(list), Batch("-", root.Path, fromStdin.Path));
        Assert.That(run.Out, Does.StartWith("12 parsed, 1 failed, 6 skipped"), run.Error);
        Assert.That(Tables(fromStdin.Path), Is.EqualTo(Tables(fromFile.Path)));
    }

    [Test]
    public void Given_a_finished_list_batch_When_resumed_Then_nothing_is_parsed_again_and_the_tables_are_the_same()
    {
        var (root, list) = Input(pdf: false);
        using var _ = root;
        using var output = new TempDir();
        CliRun.Of(Batch(list, root.Path, output.Path));
        var tables = Tables(output.Path);
        var json = output.File("later/002-plus1.json");
        File.SetLastWriteTimeUtc(json, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var run = CliRun.Of(Batch(list, root.Path, output.Path, "--resume"));
        Assert.That(run.Out, Does.StartWith("12 parsed, 1 failed"), run.Error);
        Assert.That(File.GetLastWriteTimeUtc(json).Year, Is.EqualTo(2001), "the JSON is reused, not rewritten");
        Assert.That(Tables(output.Path), Is.EqualTo(tables));
    }

    /// <summary>The shared corpus (txt, HTML, PDF, docx) as a list of absolute paths, in worker processes (the default).</summary>
    [Test]
    public void Given_a_list_of_the_corpus_with_absolute_paths_When_two_shards_are_collected_Then_the_tables_equal_one_run()
    {
        var raw = Path.GetDirectoryName(SharedCorpus.File("corpus/raw/005.txt"))!;
        using var lists = new TempDir();
        var list = lists.Write("list.txt", Encoding.UTF8.GetBytes(string.Join("\r\n", Directory.GetFiles(raw).Order(StringComparer.Ordinal).Reverse()) + "\r\n"));
        using var whole = new TempDir();
        using var sharded = new TempDir();
        string[] Run(string output, params string[] more) => ["batch", "--files-from", list, "--root", raw, "--out", output, "--format", "json,csv,sqlite,parquet", "-q", .. more];
        var one = CliRun.Of(Run(whole.Path));
        foreach (var k in new[] { 2, 1 })
            CliRun.Of(Run(sharded.Path, "--shard", $"{k}/2"));

        var collect = CliRun.Of("collect", sharded.Path);

        Assert.That(collect.ExitCode, Is.EqualTo(0), collect.Error);
        Assert.That(one.Out, Does.StartWith($"{Directory.GetFiles(raw).Length} parsed, 0 failed"), one.Error);
        var expected = Tables(whole.Path);
        Assert.That(expected.Keys, Does.Contain("reports.csv").And.Contain("govreport.sqlite").And.Contain("metrics.parquet"));
        Assert.That(Tables(sharded.Path), Is.EqualTo(expected));
    }

    [TestCase("DIR and a list")]
    [TestCase("neither")]
    [TestCase("--root without a list")]
    public void Given_both_or_neither_of_a_folder_and_a_list_When_batched_Then_it_is_a_usage_error(string what)
    {
        using var output = new TempDir();
        string[] args = what switch
        {
            "DIR and a list" => ["batch", RepoPaths.Samples, "--files-from", "list.txt", "--out", output.Path],
            "neither" => ["batch", "--out", output.Path],
            _ => ["batch", RepoPaths.Samples, "--root", RepoPaths.Samples, "--out", output.Path],
        };
        var run = CliRun.Of(args);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Is.EqualTo("error: batch reads a folder (DIR) or a work list (--files-from LIST, with --root DIR), one of the two"));
    }
}
