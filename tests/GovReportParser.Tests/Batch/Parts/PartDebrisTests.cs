using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch.Parts;

public class PartDebrisTests
{
    [Test]
    public void Given_a_parts_folder_When_its_debris_is_removed_Then_only_hidden_temporary_part_folders_go()
    {
        using var output = new TempDir();
        var parts = PartFolder.PartsDirectory(output.Path);
        var part = PartFolder.PathOf(output.Path, new Shard(1, 2));
        Directory.CreateDirectory(part);
        var staging = GovReportParser.Writers.AtomicFile.TemporaryPath(Path.GetFullPath(PartFolder.PathOf(output.Path, new Shard(2, 2))));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "reports.csv"), "file\n");
        Directory.CreateDirectory(Path.Combine(parts, ".cache"));
        Directory.CreateDirectory(Path.Combine(parts, ".notes.tmp"));

        var removed = PartDebris.Remove(output.Path);

        Assert.That(removed, Is.EqualTo(1));
        Assert.That(Directory.GetDirectories(parts).Select(Path.GetFileName), Is.EquivalentTo(new[] { "1-of-2", ".cache", ".notes.tmp" }));
        Assert.That(PartDebris.Remove(output.Path), Is.EqualTo(0), "nothing left to remove");
    }
}
