using GovReportParser.Summary;

namespace GovReportParser.Cli.Commands;

/// <summary>After a batch's tables are written: panel.csv when the output holds several years of one agency, summary.html with --summary.</summary>
internal static class BatchPanel
{
    public static void Write(string output, bool summary, int skipped, TextWriter stdout)
    {
        var result = BatchFollowUp.Write(output, summary, skipped);
        if (result.PanelCsvPath is not null)
            stdout.WriteLine($"panel: {result.Findings.Count(f => f.Fails)} failed, {result.Findings.Count(f => !f.Ok && !f.Fails)} to review, {result.Findings.Count(f => f.Ok)} passed → {MessageText.Escape(result.PanelCsvPath)}");
        if (result.SummaryPath is not null)
            stdout.WriteLine($"summary → {MessageText.Escape(result.SummaryPath)}");
    }
}
