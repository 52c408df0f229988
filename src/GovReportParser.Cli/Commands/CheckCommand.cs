using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Panel;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Writers;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport check PATH... [--allow-inconsistent]</c>: the CI gate. Exit 1 when a report cannot be parsed or fails a
/// check; <c>--allow-inconsistent</c> still reports failed checks but keeps exit 0 for reports known to be wrong as published.
/// Each file is parsed in a worker process under the time and memory limits (<see cref="IsolationOptions"/>).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files or folders", Arity = ArgumentArity.OneOrMore };
        var allow = new Option<bool>("--allow-inconsistent") { Description = "Failed checks do not fail the gate (unreadable files still do)" };
        var format = new Option<string>("--format") { Description = "text (default) or github (workflow annotations)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var isolation = new IsolationOptions();
        var panel = new Option<bool>("--panel") { Description = "Also check across reports and years (carry-over, jumps, gaps, duplicates); folders may be batch output" };
        var command = new Command("check", "Parse reports and fail when one is unreadable or does not add up") { paths, allow, format, panel };
        isolation.AddTo(command);
        command.SetAction(r =>
        {
            if (!isolation.TryRead(r, out var workers))
            {
                stderr.WriteLine("error: " + IsolationOptions.Usage);
                return ExitCodes.Usage;
            }
            return Run(r.GetValue(paths)!, r.GetValue(allow), r.GetValue(format) == "github", r.GetValue(panel), workers, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, bool allowInconsistent, bool github, bool panel, WorkerSettings? workers, TextWriter stdout, TextWriter stderr)
    {
        var parser = ReportParser.Default;
        using var pool = workers is null ? null : new WorkerPool(workers, warm: 1);
        int reports = 0, unreadable = 0, inconsistent = 0;
        var parsed = new List<PanelReport>();
        // With --panel, a batch's output folder is read as its report JSON files (PanelGate), not parsed again.
        foreach (var (file, refusal) in Expand(paths.Where(p => !panel || !BatchFolder.IsOutput(p)).ToArray(), parser))
        {
            reports++;
            var (report, error) = refusal is null ? Parse(parser, pool, file) : (null, refusal);
            if (report is null)
            {
                unreadable++;
                stderr.WriteLine(github ? GitHubAnnotations.Format("error", file, null, error!) : GovReportCli.FailureLine(file, error!));
                continue;
            }
            if (panel)
                parsed.Add(PanelReport.From(report, file));
            var failed = report.Checks.Where(c => !c.Ok).ToArray();
            if (failed.Length > 0)
                inconsistent++;
            var shown = MessageText.Escape(file);
            foreach (var check in failed)
                stdout.WriteLine(github
                    ? GitHubAnnotations.Format(allowInconsistent ? "warning" : "error", file, CheckLines.LineOf(report, check), $"{check.Rule}: {check.Detail}")
                    : $"{shown}: FAIL {check.Rule}: {MessageText.Escape(check.Detail)}");
            if (failed.Length == 0 && !github)
                stdout.WriteLine($"{shown}: ok ({report.Checks.Count} checks, {report.Metrics.Count} metrics)");
        }
        if (reports == 0 && !panel)
        {
            // Nothing to check is a mistake (a wrong path or pattern), not a pass. With --panel a batch's output folder
            // holds no inputs but its JSON files, which the panel reads.
            stderr.WriteLine("error: no reports found");
            return ExitCodes.Failed;
        }
        stdout.WriteLine($"{reports} reports: {reports - unreadable - inconsistent} pass, {inconsistent} fail checks, {unreadable} unreadable");
        var panelFailed = panel ? PanelGate.Run(paths, parsed, github, allowInconsistent, stdout) : 0;
        return unreadable > 0 || ((inconsistent > 0 || panelFailed > 0) && !allowInconsistent) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>In this process, or in a worker that hands the report back as its JSON.</summary>
    private static (Report? Report, string? Error) Parse(ReportParser parser, WorkerPool? pool, string file)
    {
        if (pool is null)
        {
            var outcome = BatchRunner.ParseSafely(parser, file, file);
            return (outcome.Report, outcome.Error);
        }
        var result = pool.Run(new FileJob(file, file) { ReturnJson = true });
        return result.Json is { } json ? (JsonReportReader.Read(json), null) : (null, result.Error);
    }

    /// <summary>
    /// Files as given (refused when they are not regular files: a FIFO would block); folders expanded to the readable
    /// files below them, in stable order, with those refused when listed.
    /// </summary>
    private static IEnumerable<(string File, string? Refusal)> Expand(string[] paths, ReportParser parser)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inputs = InputFinder.Find(path, parser.CanRead);
                foreach (var relative in inputs.Rows)
                    yield return (Path.Combine(path, relative), inputs.Refused.GetValueOrDefault(relative));
            }
            else if (FileKinds.Of(path) is var kind and not (FileKind.Regular or FileKind.Missing))
                yield return (path, $"not a regular file ({FileKinds.Describe(kind)})");
            else
                yield return (path, null);
        }
    }
}
