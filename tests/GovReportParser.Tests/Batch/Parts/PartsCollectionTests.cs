using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers.Dataset;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch.Parts;

public class PartsCollectionTests
{
    /// <summary>Eleven copies of the txt samples and one empty file: a made-up run, read in process.</summary>
    private static TempDir Input()
    {
        var input = new TempDir();
        for (var i = 0; i < 11; i++)
            input.Write($"{i % 3}/r{i:D2}.txt", File.ReadAllBytes(RepoPaths.SampleTxt(RepoPaths.SampleIds[i % 5][..4])));
        input.Write("1/empty.txt", []);
        return input;
    }

    private static BatchOptions Options(string input, string output, int window) => new(input, output)
    {
        TableFormats = ["csv", "sqlite", "parquet"], Dataset = new DatasetOptions { ReportsPerWindow = window },
    };

    /// <summary>
    /// Windows of two reports fall across the parts' boundaries (4 shards of 12 rows): the merge cuts transactions and
    /// row groups where one run cuts them, so the database and the Parquet files are the same bytes.
    /// </summary>
    [Test]
    public void Given_windows_smaller_than_a_part_When_four_parts_are_merged_Then_every_table_equals_one_run_byte_for_byte()
    {
        using var input = Input();
        using var whole = new TempDir();
        using var sharded = new TempDir();
        var runner = new BatchRunner(ReportParser.Default);
        runner.Run(Options(input.Path, whole.Path, window: 2));
        for (var k = 4; k >= 1; k--)
            runner.Run(Options(input.Path, sharded.Path, window: 2) with { Shard = new Shard(k, 4) });

        var collected = PartsCollection.Collect(sharded.Path, sharded.Path, formats: null, byteOrderMark: null);

        Assert.That((collected.Parsed, collected.Failed, collected.Skipped), Is.EqualTo((11, 1, 0)));
        var tables = Directory.GetFiles(whole.Path).Select(Path.GetFileName).Where(f => !f!.EndsWith(".json", StringComparison.Ordinal)).ToArray();
        Assert.That(tables, Does.Contain("govreport.sqlite").And.Contain("metrics.parquet").And.Contain("metrics.csv"));
        foreach (var table in tables)
            Assert.That(File.ReadAllBytes(sharded.File(table!)), Is.EqualTo(File.ReadAllBytes(whole.File(table!))), table);
    }

    [Test]
    public void Given_parts_without_a_format_When_it_is_asked_for_Then_the_merge_is_refused_and_writes_nothing()
    {
        using var input = Input();
        using var sharded = new TempDir();
        var runner = new BatchRunner(ReportParser.Default);
        for (var k = 1; k <= 2; k++)
            runner.Run(new BatchOptions(input.Path, sharded.Path) { Shard = new Shard(k, 2) });
        var e = Assert.Throws<PartsRefusedException>(() => PartsCollection.Collect(sharded.Path, sharded.Path, ["csv", "sqlite"], null))!;
        Assert.That(e.Message, Does.StartWith("the parts hold no sqlite tables (they hold csv)"));
        Assert.That(Directory.GetFiles(sharded.Path), Is.Empty);
    }

    [Test]
    public void Given_a_shard_interrupted_When_it_stops_Then_no_part_and_no_temporary_folder_is_left()
    {
        using var input = Input();
        using var sharded = new TempDir();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Catch<OperationCanceledException>(() => new BatchRunner(ReportParser.Default).Run(Options(input.Path, sharded.Path, 1000) with { Shard = new Shard(1, 2) },
            cancellation: cancel.Token));
        Assert.That(Directory.GetFileSystemEntries(PartFolder.PartsDirectory(sharded.Path)), Is.Empty);
    }
}
