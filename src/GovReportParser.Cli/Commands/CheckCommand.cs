using System.CommandLine;
using GovReportParser.Batch;
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
        var command = new Command("check", "Parse reports and fail when one is unreadable or does not add up") { paths, allow, format };
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(allow), r.GetValue(format) == "github", stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, bool allowInconsistent, bool github, TextWriter stdout, TextWriter stderr)
    {
        var parser = ReportParser.Default;
        int reports = 0, unreadable = 0, inconsistent = 0;
        foreach (var file in Expand(paths, parser))
        {
            reports++;
            var outcome = BatchRunner.ParseSafely(parser, file, file);
            if (outcome.Report is not { } report)
            {
                unreadable++;
                stderr.WriteLine(github ? $"::error file={file}::{outcome.Error}" : GovReportCli.FailureLine(file, outcome.Error!));
                continue;
            }
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
        return unreadable > 0 || (inconsistent > 0 && !allowInconsistent) ? ExitCodes.Failed : ExitCodes.Ok;
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
