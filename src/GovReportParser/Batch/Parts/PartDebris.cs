using GovReportParser.Writers;

namespace GovReportParser.Batch.Parts;

/// <summary>
/// The hidden folders a shard leaves in <c>OUTDIR/parts</c> when it is killed while writing its part (a SIGKILL, a lost
/// node): its staging folder (<see cref="PartStaging"/>), or an old part moved aside and not yet removed. They are never
/// read as parts, but they hold a part's worth of tables each; once every part is there and collected, they are debris.
/// </summary>
public static class PartDebris
{
    /// <summary>Removes the debris of the parts of <paramref name="outputDirectory"/>; returns how many folders went.</summary>
    /// <remarks>
    /// A shard still running at that moment (a duplicate attempt of a part already committed) then fails to commit and
    /// leaves the committed part as it is.
    /// </remarks>
    public static int Remove(string outputDirectory)
    {
        var parts = PartFolder.PartsDirectory(outputDirectory);
        if (!Directory.Exists(parts))
            return 0;
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(parts).Where(IsDebris).ToArray())
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile, or not ours to remove: it stays hidden and is never read
            }
        }
        return removed;
    }

    /// <summary>A hidden temporary name made for a part folder (<see cref="AtomicFile.TemporaryPath"/> of <c>K-of-N</c>).</summary>
    private static bool IsDebris(string folder)
    {
        var name = Path.GetFileName(folder);
        if (!name.StartsWith('.') || !name.EndsWith(".tmp", StringComparison.Ordinal))
            return false;
        var dot = name.IndexOf('.', 1);
        return dot > 1 && PartFolder.Parse(name[1..dot]) is not null;
    }
}
