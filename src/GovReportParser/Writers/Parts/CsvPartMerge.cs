using System.Text;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Writers.Parts;

/// <summary>
/// The CSV tables of a sharded run's parts merged into one set: per table, the byte-order mark and header once, then
/// each part's rows in shard order, copied as bytes (a part's own mark and header dropped). Streams: memory does not
/// grow with the parts. Each part's file must start with exactly the header this build writes, else it is refused.
/// </summary>
public static class CsvPartMerge
{
    public static void Merge(IReadOnlyList<string> partDirectories, string targetDirectory, bool partsHaveByteOrderMark, bool byteOrderMark)
    {
        foreach (var table in DatasetTables.All)
        {
            var name = CsvDatasetWriter.FileName(table);
            var header = CsvDatasetWriter.Header(table);
            var prefix = Prefix(partsHaveByteOrderMark, header);
            AtomicFile.Write(Path.Combine(targetDirectory, name), output =>
            {
                output.Write(Prefix(byteOrderMark, header));
                foreach (var part in partDirectories)
                {
                    using var input = PartFile.Open(part, name);
                    var start = new byte[prefix.Length];
                    if (input.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) != start.Length || !start.AsSpan().SequenceEqual(prefix))
                        throw new InvalidDataException($"{Path.GetFileName(part)}/{name} does not start with the header this version writes");
                    input.CopyTo(output);
                }
            });
        }
    }

    private static byte[] Prefix(bool byteOrderMark, byte[] header) => [.. byteOrderMark ? Encoding.UTF8.Preamble : [], .. header];
}
