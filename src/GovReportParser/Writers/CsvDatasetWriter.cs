using System.Text;
using CsvHelper;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Writers;

/// <summary>
/// Streams the CSV tables of a batch (reports, metrics, sections, figures, checks, warnings) into temporary files, rows
/// in the order outcomes are added, and renames them into place on <see cref="Complete"/>: an interrupted batch leaves
/// no half-written CSV. UTF-8, with a byte-order mark unless told otherwise, so that Excel opens Chinese correctly.
/// Text cells that would start a formula are escaped; numbers never are (-1 stays -1).
/// </summary>
public sealed class CsvDatasetWriter : IDatasetSink
{
    public static readonly IReadOnlyList<string> FileNames = DatasetTables.All.Select(FileName).ToArray();

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape, TrueValue = "true", FalseValue = "false",
    };

    private readonly string _directory;
    private readonly (string Final, string Temp, FileStream Writer)[] _files;
    private bool _completed;

    public CsvDatasetWriter(string directory, bool byteOrderMark = true)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        var files = new List<(string, string, FileStream)>();
        try
        {
            foreach (var table in DatasetTables.All)
            {
                var final = Path.GetFullPath(Path.Combine(directory, FileName(table)));
                var temp = AtomicFile.TemporaryPath(final);
                var writer = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
                files.Add((final, temp, writer));
                if (byteOrderMark)
                    writer.Write(Encoding.UTF8.Preamble);
                writer.Write(Header(table));
            }
        }
        catch
        {
            _files = files.ToArray();
            Dispose();
            throw;
        }
        _files = files.ToArray();
    }

    public static string FileName(DatasetTable table) => table.Name + ".csv";

    /// <summary>A table's header line as the files start with it (after the byte-order mark).</summary>
    internal static byte[] Header(DatasetTable table) => Render(w => w.WriteHeader(table.ColumnNames.ToArray()));

    /// <summary>A table of text cells (not one of the dataset's) to a text stream, every cell escaped as text.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var writer = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        writer.WriteHeader(header.ToArray());
        foreach (var row in rows)
            writer.WriteRecord(row);
    }

    /// <summary>One table's rows as its own file (<c>panel.csv</c>) in <paramref name="directory"/>, whole or not at all,
    /// as the batch's files are written; returns its path.</summary>
    public static string WriteFile(string directory, DatasetTable table, IEnumerable<object?[]> rows, bool byteOrderMark = true)
    {
        var path = Path.Combine(directory, FileName(table));
        AtomicFile.Write(path, stream =>
        {
            if (byteOrderMark)
                stream.Write(System.Text.Encoding.UTF8.Preamble);
            using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            WriteTable(text, table, rows);
        });
        return path;
    }

    /// <summary>One table's rows to a text stream (stdout), with the same quoting and escaping as the files.</summary>
    public static void WriteTable(TextWriter output, DatasetTable table, IEnumerable<object?[]> rows)
    {
        using var writer = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        writer.WriteHeader(table.ColumnNames.ToArray());
        foreach (var row in rows)
            WriteRow(writer, table, row);
    }

    public object Prepare(DatasetRows rows) => Render(rows);

    /// <summary>An outcome's rows as CSV text per table: pure, so that they are rendered where the report was parsed.</summary>
    public static CsvRows Render(ParseOutcome outcome) => Render(DatasetRows.From(outcome));

    /// <summary>The outcome's rows as CSV text per table: pure, so a batch renders them on its worker threads.</summary>
    public static CsvRows Render(DatasetRows rows)
    {
        var tables = new byte[DatasetTables.All.Count][];
        for (var i = 0; i < tables.Length; i++)
        {
            var table = DatasetTables.All[i];
            var tableRows = rows.Tables[i];
            tables[i] = tableRows.Count == 0 ? [] : Render(w =>
            {
                foreach (var row in tableRows)
                    WriteRow(w, table, row);
            });
        }
        return new CsvRows(tables);
    }

    public void Add(object prepared)
    {
        var tables = ((CsvRows)prepared).Tables;
        for (var i = 0; i < _files.Length; i++)
            _files[i].Writer.Write(tables[i]);
    }

    public void Add(ParseOutcome outcome) => Add(Prepare(DatasetRows.From(outcome)));

    /// <summary>Flushes and moves every table into place.</summary>
    public void Complete()
    {
        foreach (var (final, temp, writer) in _files)
        {
            writer.Dispose();
            File.Move(temp, final, overwrite: true);
        }
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
            return;
        foreach (var (_, temp, writer) in _files)
        {
            try
            {
                writer.Dispose();
            }
            catch (IOException)
            {
                // flushing the rest failed (a full disk): the file is removed all the same
            }
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    public override string ToString() => $"CSV tables in {_directory}";

    private static void WriteRow(CsvWriter writer, DatasetTable table, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            switch (row[i])
            {
                case null:
                    writer.WriteField((string?)null);
                    break;
                case string text:
                    writer.WriteField(text);
                    break;
                case int n:
                    writer.WriteField(n, "");
                    break;
                case decimal d:
                    writer.WriteField(d, "");
                    break;
                case bool b:
                    writer.WriteField(b);
                    break;
                default:
                    throw new InvalidOperationException($"{table.Name}.{table.Columns[i].Name}: a {row[i]!.GetType().Name} is no cell");
            }
        }
        writer.EndRecord();
    }

    // Rows are rendered as UTF-8 into one reused buffer per thread, so that the consumer only copies bytes to the files.
    [ThreadStatic] private static MemoryStream? _buffer;

    private static byte[] Render(Action<CsvWriter> write)
    {
        var buffer = _buffer ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        using (var writer = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
            write(writer);
        var bytes = buffer.ToArray();
        if (buffer.Capacity > 1024 * 1024)
            _buffer = null; // a huge report's buffer is not kept for the rest of the batch
        return bytes;
    }
}

/// <summary>One outcome's rows of the CSV tables, as UTF-8 in <see cref="CsvDatasetWriter.FileNames"/> order.</summary>
public sealed record CsvRows(IReadOnlyList<byte[]> Tables);
