using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class BatchRunnerTests
{
    /// <summary>995 copies of the five samples in nested folders, and five bad files among them.</summary>
    private static TempDir MakeCorpus()
    {
        var dir = new TempDir();
        var samples = RepoPaths.SampleIds.Select(id => File.ReadAllBytes(RepoPaths.SampleTxt(id))).ToArray();
        for (var i = 0; i < 995; i++)
            dir.Write($"{i % 7}/{i:D4}.txt", samples[i % samples.Length]);
        dir.Write("0/bad-empty.txt", []);
        dir.Write("1/bad-blank.txt", "\n \n\t\n"u8.ToArray());
        dir.Write("2/bad-png.txt", [0x89, 0x50, 0x4E, 0x47, 13, 10, 26, 10]);
        dir.Write("3/bad-zip.txt", [0x50, 0x4B, 0x03, 0x04, 0, 0]);
        var noise = new byte[2048];
        new Random(2026).NextBytes(noise);
        dir.Write("4/bad-noise.txt", noise);
        return dir;
    }

    /// <summary>Copies of the five txt samples in turn, named by <paramref name="name"/>.</summary>
    private static void WriteSampleCopies(TempDir dir, int count, Func<int, string> name)
    {
        for (var i = 0; i < count; i++)
            dir.Write(name(i), File.ReadAllBytes(RepoPaths.SampleTxt(RepoPaths.SampleIds[i % 5][..4])));
    }

    private static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), File.ReadAllBytes);

    [Test]
    public void Given_1000_reports_with_5_bad_When_batched_twice_with_different_jobs_Then_outputs_are_complete_and_byte_identical()
    {
        using var input = MakeCorpus();
        using var first = new TempDir();
        using var second = new TempDir();
        var runner = new BatchRunner(ReportParser.Default);

        var summary = runner.Run(new BatchOptions(input.Path, first.Path) { Jobs = 1 });
        runner.Run(new BatchOptions(input.Path, second.Path) { Jobs = 4 });

        Assert.That((summary.Parsed, summary.Failed), Is.EqualTo((995, 5)));
        var a = Snapshot(first.Path);
        Assert.That(a.Keys.Count(k => k.EndsWith(".json", StringComparison.Ordinal)), Is.EqualTo(995));
        var failedRows = File.ReadAllLines(first.File("reports.csv")).Where(l => l.Contains(",failed,")).ToArray();
        Assert.That(failedRows, Has.Length.EqualTo(5));
        Assert.That(failedRows.All(r => r.Split(',')[0].Contains("bad-")), Is.True);
        var b = Snapshot(second.Path);
        Assert.That(b.Keys.Order(), Is.EqualTo(a.Keys.Order()));
        foreach (var (name, bytes) in a)
            Assert.That(b[name], Is.EqualTo(bytes), name + " differs between --jobs 1 and --jobs 4");
    }

    /// <summary>The txt reader, but reading the first file deletes another: a file that vanishes while the batch runs.</summary>
    private sealed class VanishingReader(string trigger, string victim) : IDocumentReader
    {
        private readonly TxtReader _txt = new();

        public IReadOnlyCollection<string> Extensions => _txt.Extensions;

        public Document Read(byte[] bytes, string path)
        {
            if (Path.GetFileName(path) == trigger)
                File.Delete(victim);
            return _txt.Read(bytes, path);
        }
    }

    [Test]
    public void Given_a_file_that_vanishes_mid_batch_When_run_Then_it_is_a_failed_row_and_the_rest_is_written()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        WriteSampleCopies(input, 6, i => $"r{i}.txt");
        var builder = new ReportParserBuilder().UseDefaults();
        builder.Readers.RemoveAll(r => r is TxtReader);
        builder.Readers.Add(new VanishingReader("r0.txt", input.File("r4.txt")));

        // One job reads the files in order, so r4.txt is listed, then deleted while r0.txt is read, then opened.
        var summary = new BatchRunner(builder.Build()).Run(new BatchOptions(input.Path, output.Path) { Jobs = 1 });

        Assert.That((summary.Parsed, summary.Failed), Is.EqualTo((5, 1)));
        var rows = File.ReadAllLines(output.File("reports.csv")).Skip(1).Select(r => string.Join(',', r.Split(',')[..3])).ToArray();
        Assert.That(rows, Is.EqualTo(new[]
        {
            "r0.txt,parsed,", "r1.txt,parsed,", "r2.txt,parsed,", "r3.txt,parsed,", "r4.txt,failed,no such file", "r5.txt,parsed,",
        }));
        Assert.That(File.Exists(output.File("r5.json")) && !File.Exists(output.File("r4.json")), Is.True);
    }

    [Test]
    public void Given_a_batch_cancelled_midway_When_it_stops_Then_every_JSON_written_is_whole_and_no_temporary_file_is_left()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        WriteSampleCopies(input, 200, i => $"{i % 3}/r{i:D3}.txt");
        using var interrupt = new CancellationTokenSource();
        var seen = 0;

        Assert.Throws<OperationCanceledException>(() => new BatchRunner(ReportParser.Default).Run(
            new BatchOptions(input.Path, output.Path) { Jobs = 2 },
            (_, _) =>
            {
                if (++seen == 20)
                    interrupt.Cancel(); // as Ctrl+C does
            },
            interrupt.Token));

        var files = Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories);
        Assert.That(files.Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty, "temporary files are removed");
        Assert.That(File.Exists(output.File("reports.csv")), Is.False, "CSV tables are written only by a finished batch");
        var json = files.Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToArray();
        Assert.That(json.Length, Is.InRange(20, 199), "the batch stopped early");
        foreach (var file in json)
            Assert.That(System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file)).RootElement.GetProperty("schema").GetString(),
                Is.EqualTo("govreport/1"), file);
    }

    [Test]
    public void Given_three_shards_When_their_CSVs_are_concatenated_Then_they_equal_one_unsharded_run()
    {
        using var input = new TempDir();
        WriteSampleCopies(input, 23, i => $"r{i:D2}.txt");
        var runner = new BatchRunner(ReportParser.Default);
        using var whole = new TempDir();
        runner.Run(new BatchOptions(input.Path, whole.Path));
        var shards = Enumerable.Range(1, 3).Select(k =>
        {
            var dir = new TempDir();
            runner.Run(new BatchOptions(input.Path, dir.Path) { Shard = new Shard(k, 3) });
            return dir;
        }).ToArray();
        foreach (var csv in CsvDatasetWriter.FileNames)
        {
            var expected = File.ReadAllLines(whole.File(csv));
            var joined = shards.SelectMany((s, i) => File.ReadAllLines(Path.Combine(PartFolder.PathOf(s.Path, new Shard(i + 1, 3)), csv)).Skip(i == 0 ? 0 : 1)).ToArray();
            Assert.That(joined, Is.EqualTo(expected), csv);
        }
        foreach (var s in shards)
            s.Dispose();
    }

    [TestCase("2/5", 2, 5)]
    [TestCase(" 1 / 1 ", 1, 1)]
    public void Given_a_shard_spec_When_parsed_Then_index_and_count_are_read(string text, int k, int n) =>
        Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(k, n)));

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("a/b")]
    public void Given_a_bad_shard_spec_When_parsed_Then_it_is_refused(string text) => Assert.That(Shard.Parse(text), Is.Null);
}
