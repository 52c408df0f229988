using GovReportParser.Summaries;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// After a batch's tables are written: panel.csv when the output holds several years of one agency, summary.html with
/// --summary. A failure here is one line naming the file; the batch's own outputs are already whole.
/// </summary>
internal static class BatchPanel
{
    /// <summary>Returns false when panel.csv or summary.html could not be written. <paramref name="tables"/>: where the tables went, when not beside the JSON.</summary>
    public static bool Write(string output, bool summary, int? skipped, IEnumerable<string> tableFormats, Writers.Dataset.DatasetOptions dataset,
        TextWriter stdout, TextWriter stderr, string? tables = null)
    {
        BatchFollowUpResult result;
        try
        {
            result = BatchFollowUp.Write(output, summary, skipped, tableFormats, dataset, tables);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            stderr.WriteLine(GovReportCli.FailureLine(tables ?? output, $"panel.csv or summary.html could not be written ({MessageText.Escape(e.Message)})"));
            return false;
        }
        if (result.PanelCsvPath is not null)
            stdout.WriteLine($"panel: {result.Findings.Count(f => f.Fails)} failed, {result.Findings.Count(f => !f.Ok && !f.Fails)} to review, {result.Findings.Count(f => f.Ok)} passed → {MessageText.Escape(result.PanelCsvPath)}");
        if (result.SummaryPath is not null)
            stdout.WriteLine($"summary → {MessageText.Escape(result.SummaryPath)}");
        return true;
    }
}
