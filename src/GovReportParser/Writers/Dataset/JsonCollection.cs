using System.Text.Json;
using GovReportParser.Model;

namespace GovReportParser.Writers.Dataset;

/// <summary>What <see cref="JsonCollection.Collect"/> found: reports written to the tables, and files that were not reports.</summary>
public sealed record CollectSummary(int Reports, IReadOnlyList<(string File, string Reason)> NotReports);

/// <summary>
/// Rebuilds a batch's tables from the report JSON files in its output folder alone (<c>govreport collect</c>): each
/// report's rows are the rows the batch wrote for it. The row's file is the input's path as the batch named it, read
/// from the report's source path (the output folder mirrors the input folder, so the JSON's depth says how much of it
/// is relative). Rows come in the order of the JSON names. Inputs that failed left no JSON and have no row.
/// </summary>
public static class JsonCollection
{
    public static CollectSummary Collect(string outputDirectory, DatasetWriter tables, CancellationToken cancellation = default)
    {
        var notReports = new List<(string, string)>();
        var reports = 0;
        var files = Directory.EnumerateFiles(outputDirectory, "*.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(p => Path.GetRelativePath(outputDirectory, p))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            cancellation.ThrowIfCancellationRequested();
            Report report;
            try
            {
                report = JsonReportReader.ReadFile(Path.Combine(outputDirectory, relative));
                if (report.Source is null || report.Info is null)
                    throw new JsonException("not a govreport report");
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                notReports.Add((relative, "not a report's JSON"));
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notReports.Add((relative, e.Message));
                continue;
            }
            tables.Add(new ParseOutcome(InputName(relative, report.Source.Path), report, null));
            reports++;
        }
        tables.Complete();
        return new CollectSummary(reports, notReports);
    }

    /// <summary>The last as many parts of the source path as the JSON's path has (a/x.json, /data/in/a/x.txt → a/x.txt).</summary>
    public static string InputName(string jsonRelative, string sourcePath)
    {
        var depth = jsonRelative.Split('/').Length;
        var parts = sourcePath.Split('/');
        return parts.Length <= depth ? sourcePath : string.Join('/', parts[^depth..]);
    }
}
