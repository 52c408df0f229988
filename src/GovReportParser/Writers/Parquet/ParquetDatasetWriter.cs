using GovReportParser.Writers.Dataset;
using Parquet;
using Parquet.Schema;

namespace GovReportParser.Writers;

/// <summary>
/// The dataset as one typed Parquet file per table (<c>reports.parquet</c>, <c>metrics.parquet</c>, …) for DuckDB, pandas
/// and Spark: text as UTF-8 strings, counts as int32, values as doubles, flags as booleans, nulls where a cell is not
/// stated. Each window of reports becomes one row group, so memory stays flat; the files are written under temporary
/// names and moved into place by <see cref="Complete"/>.
/// </summary>
public sealed class ParquetDatasetWriter : IDatasetSink
{
    private readonly int _reportsPerWindow;
    private readonly TableFile[] _files;
    private int _inWindow;
    private bool _completed;

    public ParquetDatasetWriter(string directory, int reportsPerWindow = 1000)
    {
        Directory.CreateDirectory(directory);
        _reportsPerWindow = Math.Max(1, reportsPerWindow);
        var files = new List<TableFile>();
        try
        {
            foreach (var table in DatasetTables.All)
                files.Add(new TableFile(table, Path.GetFullPath(Path.Combine(directory, FileName(table)))));
        }
        catch
        {
            foreach (var file in files)
                file.Discard();
            throw;
        }
        _files = files.ToArray();
    }

    public static string FileName(DatasetTable table) => table.Name + ".parquet";

    /// <summary>One table's rows as its own file (<c>panel.parquet</c>) in <paramref name="directory"/>, whole or not at all.</summary>
    public static void WriteFile(string directory, DatasetTable table, IEnumerable<object?[]> rows)
    {
        var file = new TableFile(table, Path.GetFullPath(Path.Combine(directory, FileName(table))));
        try
        {
            foreach (var row in rows)
            {
                file.Pending.Add(row);
                if (file.Pending.Count >= MaxPendingRows)
                    file.WriteRowGroup();
            }
            file.WriteRowGroup();
            file.Complete();
        }
        catch
        {
            file.Discard();
            throw;
        }
    }

    public static ParquetSchema SchemaOf(DatasetTable table) => new(table.Columns.Select(FieldOf).ToArray());

    private static DataField FieldOf(DatasetColumn column) => column.Type switch
    {
        CellType.Text => new DataField<string>(column.Name, nullable: true),
        CellType.Integer => new DataField<int?>(column.Name),
        CellType.Number => new DataField<double?>(column.Name),
        CellType.Boolean => new DataField<bool?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public object Prepare(DatasetRows rows) => rows;

    /// <summary>Rows of one table held at most before they become a row group, whatever the window: a window of
    /// reports with many metrics each would otherwise hold hundreds of thousands of rows.</summary>
    public const int MaxPendingRows = 10_000;

    public void Add(object prepared) => AddRows(((DatasetRows)prepared).Tables);

    /// <summary>One report's rows per table (<see cref="DatasetTables.All"/> order): a window counts reports.</summary>
    internal void AddRows(IReadOnlyList<IReadOnlyList<object?[]>> tables)
    {
        var full = false;
        for (var t = 0; t < _files.Length; t++)
        {
            _files[t].Pending.AddRange(tables[t]);
            full |= _files[t].Pending.Count >= MaxPendingRows;
        }
        if (++_inWindow >= _reportsPerWindow || full)
            Flush();
    }

    public void Complete()
    {
        Flush();
        foreach (var file in _files)
            file.Complete();
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
            return;
        foreach (var file in _files)
            file.Discard();
    }

    private void Flush()
    {
        foreach (var file in _files)
            file.WriteRowGroup();
        _inWindow = 0;
    }

    // Parquet.Net keeps the buffers of its memory streams for reuse, by default without bound: a long batch would keep
    // every buffer it ever needed. A few megabytes are enough to reuse those of one row group.
    private static readonly ParquetOptions Options = new()
    {
        MaximumSmallPoolFreeBytes = 4 * 1024 * 1024, MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    };

    /// <summary>One table's file: the rows of the current window, and the writer that turns them into row groups.</summary>
    private sealed class TableFile
    {
        private readonly DatasetTable _table;
        private readonly string _final;
        private readonly string _temp;
        private readonly FileStream _stream;
        private readonly ParquetWriter _writer;
        private readonly DataField[] _fields;

        public TableFile(DatasetTable table, string final)
        {
            _table = table;
            _final = final;
            _temp = AtomicFile.TemporaryPath(final);
            _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024);
            var schema = SchemaOf(table);
            _fields = schema.GetDataFields();
            _writer = ParquetWriter.CreateAsync(schema, _stream, Options, append: false).GetAwaiter().GetResult();
        }

        public List<object?[]> Pending { get; } = [];

        public void WriteRowGroup()
        {
            if (Pending.Count == 0)
                return;
            using (var group = _writer.CreateRowGroup())
            {
                for (var c = 0; c < _fields.Length; c++)
                    Write(group, c).GetAwaiter().GetResult();
                group.CompleteValidate();
            }
            Pending.Clear();
        }

        private Task Write(ParquetRowGroupWriter group, int column)
        {
            var field = _fields[column];
            return _table.Columns[column].Type switch
            {
                CellType.Text => group.WriteAsync(field, Pending.Select(r => (string)r[column]!).ToArray()),
                CellType.Integer => group.WriteAsync<int>(field, Pending.Select(r => (int?)r[column]).ToArray()),
                CellType.Number => group.WriteAsync<double>(field, Pending.Select(r => r[column] switch
                {
                    decimal d => (double?)(double)d,
                    double x => x, // a value as a part stored it (ParquetPartMerge)
                    _ => null,
                }).ToArray()),
                CellType.Boolean => group.WriteAsync<bool>(field, Pending.Select(r => (bool?)r[column]).ToArray()),
                _ => throw new InvalidOperationException(),
            };
        }

        public void Complete()
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
            File.Move(_temp, _final, overwrite: true);
        }

        public void Discard()
        {
            try
            {
                _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
            {
                // the file is deleted below whatever state the writer was in
            }
            _stream.Dispose();
            if (File.Exists(_temp))
                File.Delete(_temp);
        }
    }
}
