using GovReportParser.Writers;
using GovReportParser.Writers.Parts;

namespace GovReportParser.Batch.Parts;

/// <summary>What <see cref="PartsCollection.Collect"/> merged: the parts, the formats, and the rows' counts over all parts.</summary>
public sealed record PartsCollected(PartSet Parts, IReadOnlyList<string> Formats)
{
    public int Parsed => Parts.Parts.Sum(p => p.Manifest.Parsed);
    public int Failed => Parts.Parts.Sum(p => p.Manifest.Failed);
    public int Skipped => Parts.Parts.Sum(p => p.Manifest.Skipped);
}

/// <summary>
/// <c>govreport collect OUTDIR</c> over a sharded run: merges the tables of every part, in shard order, into the tables
/// one unsharded run writes, byte for byte. The parts are checked first (<see cref="PartSet"/>); the merged tables are
/// built in a hidden folder and moved into place only when all are complete, so a refused or failed merge writes nothing.
/// </summary>
public static class PartsCollection
{
    /// <param name="formats">The formats to merge (null: every one the parts hold); each must be one the parts hold.</param>
    /// <param name="byteOrderMark">Whether the merged CSV files start with a byte-order mark (null: as the parts do).</param>
    public static PartsCollected Collect(string outputDirectory, string targetDirectory, IReadOnlyList<string>? formats, bool? byteOrderMark)
    {
        var parts = PartSet.Read(outputDirectory);
        var held = parts.First.Formats;
        var wanted = formats ?? held;
        if (wanted.FirstOrDefault(f => !held.Contains(f)) is { } absent)
            throw new PartsRefusedException($"the parts hold no {absent} tables (they hold {(held.Count == 0 ? "none" : string.Join(", ", held))}): run the shards with --format {absent}");
        var directories = parts.Parts.Select(p => p.Directory).ToArray();
        Directory.CreateDirectory(targetDirectory);
        var staging = AtomicFile.TemporaryPath(Path.GetFullPath(Path.Combine(targetDirectory, "collect")));
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var format in wanted)
            {
                switch (format)
                {
                    case "csv":
                        CsvPartMerge.Merge(directories, staging, parts.First.ByteOrderMark, byteOrderMark ?? parts.First.ByteOrderMark);
                        break;
                    case "sqlite":
                        SqlitePartMerge.Merge(directories, staging, parts.First.ReportsPerWindow);
                        break;
                    case "parquet":
                        ParquetPartMerge.Merge(directories, staging, parts.First.ReportsPerWindow);
                        break;
                    case "xlsx":
                        XlsxDatasetWriter.MergeParts(directories, staging);
                        break;
                    default:
                        throw new PartsRefusedException($"the parts name a format this version does not know ({format})");
                }
            }
            foreach (var file in Directory.EnumerateFiles(staging).Order(StringComparer.Ordinal).ToArray())
                File.Move(file, Path.Combine(targetDirectory, Path.GetFileName(file)), overwrite: true);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
        return new PartsCollected(parts, wanted);
    }
}
