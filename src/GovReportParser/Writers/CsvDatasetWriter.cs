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

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    private readonly string _directory;
    private readonly (string Final, string Temp, CsvWriter Writer)[] _files;
    private bool _completed;

    public CsvDatasetWriter(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        string[][] headers = [CsvTables.ReportColumns, CsvTables.MetricColumns, CsvTables.SectionColumns, CsvTables.FigureColumns, CsvTables.CheckColumns];
        _files = FileNames.Select((name, i) =>
        {
            var final = Path.Combine(directory, name);
            var temp = Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            var writer = CsvWriter.ToFile(temp, WriterOptions);
            writer.WriteHeader(headers[i]);
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

    public void Add(ParseOutcome outcome)
    {
        _files[0].Writer.WriteRecord(CsvTables.ReportRow(outcome));
        foreach (var row in CsvTables.MetricRows(outcome)) _files[1].Writer.WriteRecord(row);
        foreach (var row in CsvTables.SectionRows(outcome)) _files[2].Writer.WriteRecord(row);
        foreach (var row in CsvTables.FigureRows(outcome)) _files[3].Writer.WriteRecord(row);
        foreach (var row in CsvTables.CheckRows(outcome)) _files[4].Writer.WriteRecord(row);
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
}
