using GovReportParser.Panel;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Summaries;

/// <summary>What a batch adds after its tables are written: panel.csv, and summary.html when asked for.</summary>
public sealed record BatchFollowUpResult(IReadOnlyList<PanelFinding> Findings, string? PanelCsvPath, string? SummaryPath);

/// <summary>
/// Reads the output folder back (so that it works the same on a folder left by any batch, sharded or not) and writes
/// <c>panel.csv</c> when the folder holds several years of one agency, and <c>summary.html</c> when asked. Without a
/// summary, which charts every report's metrics, the panel reads one agency's metrics at a time
/// (<see cref="PanelRules.RunByAgency"/>), so a large batch's follow-up holds little more than the reports' names.
/// </summary>
public static class BatchFollowUp
{
    /// <summary>
    /// Writes the follow-up; the panel goes into the table formats the batch wrote (<paramref name="tableFormats"/>), in
    /// <paramref name="tablesDirectory"/> when the tables were written elsewhere (collect -o). summary.html always stays
    /// beside the report JSON files, which it links to.
    /// </summary>
    public static BatchFollowUpResult Write(string outputDirectory, bool summary, int? skipped = null,
        IEnumerable<string>? tableFormats = null, DatasetOptions? options = null, string? tablesDirectory = null)
    {
        // A batch whose every file failed, to JSON alone, never made its folder: there is nothing to follow up, and a
        // summary asked for says so on a page of its own.
        if (!Directory.Exists(outputDirectory))
        {
            if (!summary)
                return new BatchFollowUpResult([], null, null);
            Directory.CreateDirectory(outputDirectory);
        }
        var folder = BatchFolder.Read(outputDirectory, summary ? ReportParts.All : ReportParts.Identity, tablesDirectory) with { Skipped = skipped };
        var findings = summary ? PanelRules.Run(folder.Reports) : PanelRules.RunByAgency(folder);
        var hasPanel = PanelGroups.Group(folder.Reports).Any(s => s.Years.Count > 1);
        var panelPath = hasPanel ? PanelTable.Write(tablesDirectory ?? outputDirectory, findings, tableFormats, options) : null;
        var summaryPath = summary ? SummaryFile.Write(outputDirectory, folder, findings) : null;
        return new BatchFollowUpResult(findings, panelPath, summaryPath);
    }
}
