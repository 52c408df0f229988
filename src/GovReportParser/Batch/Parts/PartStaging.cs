using GovReportParser.Writers;

namespace GovReportParser.Batch.Parts;

/// <summary>
/// A shard's part folder while it is written: the tables go into a hidden temporary folder inside <c>OUTDIR/parts</c>,
/// and <see cref="Commit"/> adds part.json and puts the folder in place of the part, so that a part is there whole or
/// not at all. A retry of the shard replaces the part the same way. Disposed uncommitted, the temporary folder is removed.
/// </summary>
public sealed class PartStaging : IDisposable
{
    private readonly string _final;
    private bool _committed;

    public PartStaging(string outputDirectory, Shard shard)
    {
        _final = Path.GetFullPath(PartFolder.PathOf(outputDirectory, shard));
        Directory = AtomicFile.TemporaryPath(_final);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The temporary folder the shard's tables are written into.</summary>
    public string Directory { get; }

    /// <summary>The part folder once committed.</summary>
    public string Final => _final;

    public void Commit(PartManifest manifest)
    {
        AtomicFile.WriteAllBytes(Path.Combine(Directory, PartManifest.FileName), manifest.Render());
        // rename(2) cannot put a folder over a folder that holds files: the old part is first moved aside (a
        // hidden name, which collect never reads), then removed. Between the two renames the part is missing, never partial.
        string? old = null;
        if (System.IO.Directory.Exists(_final))
        {
            old = AtomicFile.TemporaryPath(_final);
            System.IO.Directory.Move(_final, old);
        }
        System.IO.Directory.Move(Directory, _final);
        _committed = true;
        if (old is not null)
            System.IO.Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (_committed)
            return;
        try
        {
            if (System.IO.Directory.Exists(Directory))
                System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the folder is hidden and never read as a part; a later retry writes a new one
        }
    }
}
