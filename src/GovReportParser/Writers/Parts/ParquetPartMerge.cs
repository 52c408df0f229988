using GovReportParser.Writers.Dataset;
using Parquet;

namespace GovReportParser.Writers.Parts;

/// <summary>
/// The parts' Parquet files merged into one per table by a streaming copy: each part's row groups read one at a time,
/// their rows fed report by report, the values as stored (strings, int32, doubles, booleans), through the one Parquet
/// writer, so that the row groups come out as one unsharded run cuts them, byte for byte. At most one row group per
/// table and part is held at once.
/// </summary>
public static class ParquetPartMerge
{
    public static void Merge(IReadOnlyList<string> partDirectories, string targetDirectory, int reportsPerWindow)
    {
        using var writer = new ParquetDatasetWriter(targetDirectory, reportsPerWindow);
        foreach (var part in partDirectories)
        {
            var paths = DatasetTables.All.Select(t => PartFile.PathOf(part, ParquetDatasetWriter.FileName(t))).ToArray();
            foreach (var report in PartRows.ByReport(part, DatasetTables.All.Select((t, i) => Rows(paths[i], t)).ToArray()))
                writer.AddRows(report);
        }
        writer.Complete();
    }

    private static IEnumerable<object?[]> Rows(string path, DatasetTable table)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            if (!fields.Select(f => f.Name).SequenceEqual(table.ColumnNames))
                throw new InvalidDataException($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)} does not have the columns this version writes");
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                object?[][] columns;
                int count;
                using (var group = reader.OpenRowGroupReader(g))
                {
                    count = checked((int)group.RowCount);
                    columns = new object?[fields.Length][];
                    for (var c = 0; c < fields.Length; c++)
                        columns[c] = Column(group, fields[c], table.Columns[c].Type, count);
                }
                for (var r = 0; r < count; r++)
                {
                    var row = new object?[fields.Length];
                    for (var c = 0; c < row.Length; c++)
                        row[c] = columns[c][r];
                    yield return row;
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult(); // IAsyncDisposable only, and an iterator cannot await
        }
    }

    private static object?[] Column(ParquetRowGroupReader group, Parquet.Schema.DataField field, CellType type, int count) => type switch
    {
        CellType.Text => Text(group, field, count),
        CellType.Integer => Values<int>(group, field, count),
        CellType.Number => Values<double>(group, field, count),
        CellType.Boolean => Values<bool>(group, field, count),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static object?[] Text(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count)
    {
        var values = new string?[count];
        group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
        return values;
    }

    private static object?[] Values<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count) where T : struct
    {
        var values = new T?[count];
        group.ReadAsync<T>(field, values.AsMemory()).GetAwaiter().GetResult();
        return values.Select(v => v.HasValue ? (object)v.Value : null).ToArray();
    }
}
