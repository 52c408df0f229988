namespace GovReportParser.Batch.Parts;

/// <summary>Why the parts of an output folder cannot be merged, in one line naming the parts.</summary>
public sealed class PartsRefusedException(string message) : Exception(message);

/// <summary>One part folder and what its part.json says.</summary>
public sealed record Part(string Directory, PartManifest Manifest)
{
    public string Name => Path.GetFileName(Directory);
}

/// <summary>
/// The parts below <c>OUTDIR/parts</c>, checked to be every shard of one run — the same shard count, list, version,
/// formats and byte-order mark — and in shard order. Hidden entries (a part being written, or a replaced one being
/// removed) are not parts.
/// </summary>
public sealed record PartSet(IReadOnlyList<Part> Parts)
{
    public PartManifest First => Parts[0].Manifest;

    /// <summary>Whether the output folder holds any part.</summary>
    public static bool Holds(string outputDirectory) => PartFolders(outputDirectory).Any();

    /// <summary>Reads and checks the parts; throws <see cref="PartsRefusedException"/> saying which parts are missing or disagree.</summary>
    public static PartSet Read(string outputDirectory)
    {
        var folders = PartFolders(outputDirectory).ToArray();
        if (folders.FirstOrDefault(f => PartFolder.Parse(Path.GetFileName(f)) is null) is { } stranger)
            throw new PartsRefusedException($"{PartFolder.PartsFolder}/{Path.GetFileName(stranger)} is not a part folder (K-of-N)");
        var shards = folders.Select(f => PartFolder.Parse(Path.GetFileName(f))!).ToArray();
        var counts = shards.Select(s => s.Count).Distinct().Order().ToArray();
        if (counts.Length > 1)
            throw new PartsRefusedException($"parts of different runs: {string.Join(", ", counts.Select(n => $"{n} shards ({FirstOf(shards, n)} …)"))}; remove the stale ones");
        var count = counts[0];
        var missing = Enumerable.Range(1, count).Where(k => !shards.Any(s => s.Index == k)).Select(k => PartFolder.Name(new Shard(k, count))).ToArray();
        if (missing.Length > 0)
            throw new PartsRefusedException($"missing part{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing)} of {count}: run {(missing.Length > 1 ? "those shards" : "that shard")} first; nothing was collected");
        var parts = folders.Zip(shards).OrderBy(p => p.Second.Index).Select(p => new Part(p.First, ReadManifest(p.First, p.Second))).ToArray();
        var first = parts[0];
        foreach (var part in parts.Skip(1))
            if (Disagreement(first.Manifest, part.Manifest) is { } what)
                throw new PartsRefusedException($"parts of different runs: {part.Name} {what} than {first.Name}; rerun the stale shards");
        return new PartSet(parts);
    }

    private static string FirstOf(IEnumerable<Shard> shards, int count) => PartFolder.Name(shards.Where(s => s.Count == count).MinBy(s => s.Index)!);

    private static PartManifest ReadManifest(string folder, Shard shard)
    {
        PartManifest manifest;
        try
        {
            manifest = PartManifest.Read(Path.Combine(folder, PartManifest.FileName));
        }
        catch (InvalidDataException e)
        {
            throw new PartsRefusedException($"{PartFolder.PartsFolder}/{Path.GetFileName(folder)}: {e.Message}");
        }
        if (manifest.Shard != shard)
            throw new PartsRefusedException($"{PartFolder.PartsFolder}/{Path.GetFileName(folder)}: its {PartManifest.FileName} is of shard {manifest.Shard}");
        return manifest;
    }

    /// <summary>How a part differs from the first one in what must be the same for all parts of one run; null when it does not.</summary>
    private static string? Disagreement(PartManifest first, PartManifest other)
    {
        if (other.Version != first.Version)
            return $"was written by another version ({other.Version}, not {first.Version})";
        if (other.ListSha256 != first.ListSha256 || other.ListEntries != first.ListEntries)
            return $"was cut from another list ({other.ListEntries} entries, sha256 {Short(other.ListSha256)}, not {first.ListEntries}, {Short(first.ListSha256)})";
        if (!other.Formats.Order(StringComparer.Ordinal).SequenceEqual(first.Formats.Order(StringComparer.Ordinal)))
            return $"holds other formats ({string.Join(",", other.Formats)}, not {string.Join(",", first.Formats)})";
        if (other.ByteOrderMark != first.ByteOrderMark)
            return "was written with another --no-bom setting";
        if (other.ReportsPerWindow != first.ReportsPerWindow)
            return $"was written with another window ({other.ReportsPerWindow} reports, not {first.ReportsPerWindow})";
        if (other.Summary != first.Summary)
            return "was run with another --summary setting";
        return null;
    }

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;

    private static IEnumerable<string> PartFolders(string outputDirectory)
    {
        var parts = PartFolder.PartsDirectory(outputDirectory);
        if (!Directory.Exists(parts))
            return [];
        return Directory.EnumerateDirectories(parts).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal);
    }
}
