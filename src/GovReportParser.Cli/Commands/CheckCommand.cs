using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Panel;
using GovReportParser.Pipeline;
using GovReportParser.Writers;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport check PATH... [--allow-inconsistent]</c>: the CI gate. Exit 1 when a report cannot be parsed or fails a
/// check; <c>--allow-inconsistent</c> still reports failed checks but keeps exit 0 for reports known to be wrong as published.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files or folders", Arity = ArgumentArity.OneOrMore };
        var allow = new Option<bool>("--allow-inconsistent") { Description = "Failed checks do not fail the gate (unreadable files still do)" };
        var format = new Option<string>("--format") { Description = "text (default) or github (workflow annotations)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var panel = new Option<bool>("--panel") { Description = "Also check across reports and years (carry-over, jumps, gaps, duplicates); folders may be batch output" };
        var command = new Command("check", "Parse reports and fail when one is unreadable or does not add up") { paths, allow, format, panel };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(allow), r.GetValue(format) == "github", r.GetValue(panel), stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, bool allowInconsistent, bool github, bool panel, TextWriter stdout, TextWriter stderr)
    {
        var parser = ReportParser.Default;
        int reports = 0, unreadable = 0, inconsistent = 0;
        var parsed = new List<PanelReport>();
        // With --panel, a batch's output folder is read as its report JSON files (PanelGate), not parsed again.
        foreach (var file in Expand(paths.Where(p => !panel || !BatchFolder.IsOutput(p)).ToArray(), parser))
        {
            reports++;
            var outcome = BatchRunner.ParseSafely(parser, file, file);
            if (outcome.Report is not { } report)
            {
                unreadable++;
                stderr.WriteLine(github ? $"::error file={file}::{outcome.Error}" : GovReportCli.FailureLine(file, outcome.Error!));
                continue;
            }
            if (panel)
                parsed.Add(PanelReport.From(report, file));
            var failed = report.Checks.Where(c => !c.Ok).ToArray();
            if (failed.Length > 0)
                inconsistent++;
            foreach (var check in failed)
                stdout.WriteLine(github
                    ? $"::{(allowInconsistent ? "warning" : "error")} file={file}::{check.Rule}: {check.Detail}"
                    : $"{file}: FAIL {check.Rule}: {check.Detail}");
            if (failed.Length == 0 && !github)
                stdout.WriteLine($"{file}: ok ({report.Checks.Count} checks, {report.Metrics.Count} metrics)");
        }
        stdout.WriteLine($"{reports} reports: {reports - unreadable - inconsistent} pass, {inconsistent} fail checks, {unreadable} unreadable");
        var panelFailed = panel ? PanelGate.Run(paths, parsed, github, allowInconsistent, stdout) : 0;
        return unreadable > 0 || ((inconsistent > 0 || panelFailed > 0) && !allowInconsistent) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>Files as given; folders expanded to the readable files below them, in stable order.</summary>
    private static IEnumerable<string> Expand(string[] paths, ReportParser parser)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                foreach (var relative in InputFinder.Find(path, parser.CanRead).Readable)
                    yield return Path.Combine(path, relative);
            else
                yield return path;
        }
    }
}
