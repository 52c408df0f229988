using System.CommandLine;
using GovReportParser.Panel;
using GovReportParser.Summaries;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport summary OUTDIR</c>: the HTML summary of a batch's output folder, written as OUTDIR/summary.html.</summary>
internal static class SummaryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("OUTDIR") { Description = "Output folder of a batch (its JSON files and reports.csv)" };
        var command = new Command("summary", "Write summary.html: counts, failed checks, table coverage and panel charts of a batch") { dir };
        command.SetAction(r => Run(r.GetValue(dir)!, stdout, stderr));
        return command;
    }

    private static int Run(string dir, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine(GovReportCli.FailureLine(dir, "no such folder"));
            return ExitCodes.Usage;
        }
        var folder = BatchFolder.Read(dir);
        var findings = PanelRules.Run(folder.Reports);
        string path;
        try
        {
            path = SummaryFile.Write(dir, folder, findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(GovReportCli.FailureLine(dir, $"{SummaryPage.FileName} could not be written ({MessageText.Escape(e.Message)})"));
            return ExitCodes.Failed;
        }
        stdout.WriteLine($"{folder.Reports.Count} reports, {folder.Failed.Count} failed, {findings.Count(f => !f.Ok)} panel findings → {MessageText.Escape(path)}");
        return ExitCodes.Ok;
    }
}
