using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch.Parts;

public class PartSetTests
{
    private static PartManifest Manifest(int k, int n, string list = "ab12", string version = "1.0.0") =>
        new(new Shard(k, n), Inputs: 2, Parsed: 2, Failed: 0, Skipped: k == n ? 1 : 0, ["csv"], ByteOrderMark: true, ReportsPerWindow: 1000, Summary: false,
            ListEntries: 2 * n + 1, ListSha256: list, Version: version);

    private static void WritePart(TempDir output, PartManifest manifest) =>
        output.Write(Path.Combine(PartFolder.PartsFolder, PartFolder.Name(manifest.Shard), PartManifest.FileName), manifest.Render());

    [Test]
    public void Given_a_manifest_When_rendered_and_read_back_Then_every_field_is_kept()
    {
        using var output = new TempDir();
        var manifest = Manifest(2, 3) with { Summary = true, Version = "0.1.0+abc" };
        WritePart(output, manifest);
        var read = PartManifest.Read(Path.Combine(PartFolder.PathOf(output.Path, new Shard(2, 3)), PartManifest.FileName));
        Assert.That(read with { Formats = manifest.Formats }, Is.EqualTo(manifest));
        Assert.That(read.Formats, Is.EqualTo(manifest.Formats));
        Assert.That(File.ReadAllText(Path.Combine(PartFolder.PathOf(output.Path, new Shard(2, 3)), PartManifest.FileName)), Does.Contain("\"version\": \"0.1.0+abc\""));
    }

    [Test]
    public void Given_every_part_of_one_run_When_read_Then_they_come_in_shard_order()
    {
        using var output = new TempDir();
        foreach (var k in new[] { 3, 1, 2 })
            WritePart(output, Manifest(k, 3));
        output.Write("parts/.2-of-3.99.0123.tmp/part.json", "{}"u8.ToArray()); // a part being written is no part
        var parts = PartSet.Read(output.Path);
        Assert.That(parts.Parts.Select(p => p.Name), Is.EqualTo(new[] { "1-of-3", "2-of-3", "3-of-3" }));
        Assert.That(PartSet.Holds(output.Path), Is.True);
    }

    [Test]
    public void Given_a_missing_part_When_read_Then_it_is_refused_naming_the_missing_shards()
    {
        using var output = new TempDir();
        WritePart(output, Manifest(2, 4));
        var e = Assert.Throws<PartsRefusedException>(() => PartSet.Read(output.Path))!;
        Assert.That(e.Message, Does.StartWith("missing parts 1-of-4, 3-of-4, 4-of-4 of 4"));
    }

    [Test]
    public void Given_parts_cut_from_different_lists_When_read_Then_they_are_refused()
    {
        using var output = new TempDir();
        WritePart(output, Manifest(1, 2));
        WritePart(output, Manifest(2, 2, list: "cd34"));
        var e = Assert.Throws<PartsRefusedException>(() => PartSet.Read(output.Path))!;
        Assert.That(e.Message, Does.StartWith("parts of different runs: 2-of-2 was cut from another list"));
    }

    [Test]
    public void Given_parts_of_two_versions_When_read_Then_they_are_refused()
    {
        using var output = new TempDir();
        WritePart(output, Manifest(1, 2));
        WritePart(output, Manifest(2, 2, version: "1.0.1"));
        var e = Assert.Throws<PartsRefusedException>(() => PartSet.Read(output.Path))!;
        Assert.That(e.Message, Does.Contain("2-of-2 was written by another version (1.0.1, not 1.0.0)"));
    }

    [Test]
    public void Given_parts_of_two_shard_counts_When_read_Then_they_are_refused()
    {
        using var output = new TempDir();
        WritePart(output, Manifest(1, 1 + 1));
        WritePart(output, Manifest(1, 3));
        var e = Assert.Throws<PartsRefusedException>(() => PartSet.Read(output.Path))!;
        Assert.That(e.Message, Does.StartWith("parts of different runs: 2 shards (1-of-2 …), 3 shards (1-of-3 …)"));
    }

    [Test]
    public void Given_a_part_without_its_manifest_When_read_Then_it_is_refused_as_incomplete()
    {
        using var output = new TempDir();
        WritePart(output, Manifest(1, 2));
        output.Write("parts/2-of-2/reports.csv", "file\n"u8.ToArray());
        var e = Assert.Throws<PartsRefusedException>(() => PartSet.Read(output.Path))!;
        Assert.That(e.Message, Is.EqualTo("parts/2-of-2: part.json is missing (the part is incomplete)"));
    }
}
