using CsvHelper;
using GovReportParser.Writers;

namespace GovReportParser.Panel;

/// <summary>An input the batch could not parse, with its reason, as <c>reports.csv</c> records it.</summary>
public sealed record FailedInput(string File, string Error);

/// <summary>
/// What a batch left in its output folder, read back: the reports from their JSON files (paths relative to the folder,
/// in ordinal order) and the failed inputs from <c>reports.csv</c>. <see cref="Skipped"/> is known only to the batch itself.
/// </summary>
public sealed record BatchFolder(string Directory, IReadOnlyList<PanelReport> Reports, IReadOnlyList<FailedInput> Failed, int? Skipped = null)
{
    public const string ReportsCsv = "reports.csv";

    /// <summary>Whether a path is a batch's output folder (it holds reports.csv).</summary>
    public static bool IsOutput(string path) => System.IO.Directory.Exists(path) && File.Exists(Path.Combine(path, ReportsCsv));

    /// <summary>The folder's reports read as far as <paramref name="parts"/> say (<see cref="ReportParts.Identity"/>: a
    /// light pass that holds no metrics), and its failed inputs. <paramref name="tablesDirectory"/>: where the batch's
    /// reports.csv is when not beside the JSON (tables collected into another folder).</summary>
    public static BatchFolder Read(string directory, ReportParts parts = ReportParts.All, string? tablesDirectory = null)
    {
        var root = Path.GetFullPath(directory);
        var jsonFiles = System.IO.Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.'))) // temporary files of a running batch
            .Order(StringComparer.Ordinal)
            .ToArray();
        var reports = new PanelReport?[jsonFiles.Length];
        Parallel.For(0, jsonFiles.Length, i => reports[i] = PanelReport.Read(File.ReadAllBytes(Path.Combine(root, jsonFiles[i])), jsonFiles[i], parts));
        var rows = ReadReportsCsv(Path.Combine(tablesDirectory ?? root, ReportsCsv));
        var named = reports.OfType<PanelReport>().Select(r => r with { File = InputName(r, rows.Parsed) }).ToArray();
        return new BatchFolder(root, named, rows.Failed);
    }

    /// <summary>A report of this folder with its metrics read from its JSON file (for a folder read without them); as it
    /// was when the file no longer holds a report.</summary>
    public PanelReport WithMetrics(PanelReport report) =>
        report.Json is { } json && PanelReport.Read(File.ReadAllBytes(Path.Combine(Directory, json)), json, ReportParts.Metrics) is { } read
            ? report with { Metrics = read.Metrics }
            : report;

    /// <summary>
    /// The input's name as the batch wrote it in reports.csv (relative to the batch's folder): the parsed row with the
    /// same sha256 whose name ends the JSON's source path. Without reports.csv, the source path as the JSON holds it.
    /// </summary>
    private static string InputName(PanelReport report, ILookup<string, string> parsed) =>
        parsed[report.Sha256].Where(name => report.File.Replace('\\', '/').EndsWith(name, StringComparison.Ordinal))
            .OrderByDescending(name => name.Length).FirstOrDefault() ?? report.File;

    private static (ILookup<string, string> Parsed, IReadOnlyList<FailedInput> Failed) ReadReportsCsv(string path)
    {
        var parsed = new List<(string Sha, string File)>();
        var failed = new List<FailedInput>();
        if (File.Exists(path))
        {
            using var reader = CsvReader.Create(File.OpenRead(path), null, leaveOpen: false);
            while (reader.Read())
            {
                var file = reader.GetString("file");
                if (reader.GetString("status") == ParseOutcome.Failed)
                    failed.Add(new FailedInput(file, reader.GetString("error")));
                else
                    parsed.Add((reader.GetString("sha256"), file));
            }
        }
        return (parsed.ToLookup(p => p.Sha, p => p.File, StringComparer.Ordinal), failed);
    }
}
