using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Panel;

/// <summary>
/// The panel findings as the dataset's <c>panel</c> table (<see cref="DatasetTables.Panel"/>): one row per finding, with
/// the files and numbers of both sides, numbers as numbers. Written as <c>panel.csv</c>, and into the database and
/// Parquet files when the batch wrote those (<see cref="BatchTables"/>).
/// </summary>
public static class PanelTable
{
    public static readonly string FileName = CsvDatasetWriter.FileName(DatasetTables.Panel);

    public static object?[] Row(PanelFinding f) =>
    [
        f.Agency, f.Region, f.Rule, f.Ok, f.Severity == PanelSeverity.Failure ? "failure" : "review",
        f.Earlier.Year, f.Earlier.File, f.Earlier.Value, f.Later.Year, f.Later.File, f.Later.Value, f.Detail,
    ];

    /// <summary>Writes the findings into <paramref name="directory"/> in the table formats asked for; returns panel.csv's path.</summary>
    public static string Write(string directory, IEnumerable<PanelFinding> findings, IEnumerable<string>? formats = null, DatasetOptions? options = null) =>
        BatchTables.Write(directory, formats ?? [], DatasetTables.Panel, findings.Select(Row).ToArray(), options);
}
