using System.Text;
using CsvHelper;

namespace GovReportParser.Writers;

/// <summary>
/// Streams the five CSV tables of a batch (reports, metrics, sections, figures, checks) into temporary files, rows in the
/// order outcomes are added, and renames them into place on <see cref="Complete"/>: an interrupted batch leaves no
/// half-written CSV. UTF-8 with BOM so that Excel opens Chinese correctly; formula-like cells escaped.
/// </summary>
public sealed class CsvDatasetWriter : IDisposable
{
    public static readonly string[] FileNames = ["reports.csv", "metrics.csv", "sections.csv", "figures.csv", "checks.csv"];

    private static readonly string[][] Headers =
        [CsvTables.ReportColumns, CsvTables.MetricColumns, CsvTables.SectionColumns, CsvTables.FigureColumns, CsvTables.CheckColumns];

    // The BOM is the file's, written when it is created; rendered rows carry none.
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly string _directory;
    private readonly (string Final, string Temp, FileStream Writer)[] _files;
    private bool _completed;

    public CsvDatasetWriter(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _files = new (string, string, FileStream)[FileNames.Length];
        try
        {
            for (var i = 0; i < FileNames.Length; i++)
            {
                var final = Path.GetFullPath(Path.Combine(directory, FileNames[i]));
                var temp = AtomicFile.TemporaryPath(final);
                var writer = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
                _files[i] = (final, temp, writer);
                writer.Write(Encoding.UTF8.Preamble);
                writer.Write(Render(w => w.WriteHeader(Headers[i])));
            }
        }
        catch
        {
            Dispose(); // the tables made so far are removed
            throw;
        }
    }

    /// <summary>One table to a text stream (stdout), with the same quoting and formula escaping as the files.</summary>
    public static void WriteTable(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        writer.WriteHeader(header);
        foreach (var row in rows)
            writer.WriteRecord(row);
    }

    /// <summary>
    /// An outcome's rows of the five tables as CSV text. Pure, so a batch renders them on its worker threads and
    /// only appends text in input order.
    /// </summary>
    public static CsvRows Render(ParseOutcome outcome) => new(
    [
        Render(w => w.WriteRecord(CsvTables.ReportRow(outcome))),
        RenderRows(CsvTables.MetricRows(outcome)),
        RenderRows(CsvTables.SectionRows(outcome)),
        RenderRows(CsvTables.FigureRows(outcome)),
        RenderRows(CsvTables.CheckRows(outcome)),
    ]);

    public void Add(ParseOutcome outcome) => Add(Render(outcome));

    public void Add(CsvRows rows)
    {
        for (var i = 0; i < _files.Length; i++)
            _files[i].Writer.Write(rows.Tables[i]);
    }

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
        foreach (var (_, temp, writer) in _files.Where(f => f.Writer is not null))
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

    private static byte[] RenderRows(IEnumerable<string[]> rows) => Render(w =>
    {
        foreach (var row in rows)
            w.WriteRecord(row);
    });

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

/// <summary>One outcome's rows of the five CSV tables, as UTF-8 in <see cref="CsvDatasetWriter.FileNames"/> order.</summary>
public sealed record CsvRows(IReadOnlyList<byte[]> Tables);
