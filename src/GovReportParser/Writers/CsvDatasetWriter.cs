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

    // The BOM is the file's (written by its StreamWriter); rows are rendered into strings, which carry none.
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly string _directory;
    private readonly (string Final, string Temp, StreamWriter Writer)[] _files;
    private bool _completed;

    public CsvDatasetWriter(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _files = FileNames.Select((name, i) =>
        {
            var final = Path.Combine(directory, name);
            var temp = Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
            writer.Write(Render(w => w.WriteHeader(Headers[i])));
            return (final, temp, writer);
        }).ToArray();
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
        foreach (var (_, temp, writer) in _files)
        {
            writer.Dispose();
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    public override string ToString() => $"CSV tables in {_directory}";

    private static string RenderRows(IEnumerable<string[]> rows) => Render(w =>
    {
        foreach (var row in rows)
            w.WriteRecord(row);
    });

    private static string Render(Action<CsvWriter> write)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = CsvWriter.Create(text, WriterOptions, leaveOpen: true))
            write(writer);
        return text.ToString();
    }
}

/// <summary>One outcome's rows of the five CSV tables, as text in <see cref="CsvDatasetWriter.FileNames"/> order.</summary>
public sealed record CsvRows(IReadOnlyList<string> Tables);
