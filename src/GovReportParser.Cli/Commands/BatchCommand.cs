using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Pipeline;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport batch DIR --out OUTDIR [--format json,csv] [--jobs N]</c>: a folder, recursively.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("DIR") { Description = "Folder of reports (read recursively)" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "Comma-separated: json, csv (default both)", DefaultValueFactory = _ => "json,csv" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files parsed at once (default: cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary" };
        var command = new Command("batch", "Parse every report below a folder into one dataset") { dir, output, format, jobs, quiet };
        command.SetAction(r => Run(r.GetValue(dir)!, r.GetValue(output)!, Formats(r.GetValue(format)!), r.GetValue(jobs), r.GetValue(quiet), stdout, stderr));
        return command;
    }

    private static string[] Formats(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToArray();

    private static int Run(string dir, string output, string[] formats, int jobs, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        if (formats.Length == 0 || formats.Any(f => f is not ("json" or "csv")) || jobs < 1)
        {
            stderr.WriteLine("error: --format takes json, csv or json,csv; --jobs at least 1");
            return ExitCodes.Usage;
        }
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine(GovReportCli.FailureLine(dir, "no such folder"));
            return ExitCodes.Usage;
        }
        var options = new BatchOptions(dir, output) { WriteJson = formats.Contains("json"), WriteCsv = formats.Contains("csv"), Jobs = jobs };
        var summary = new BatchRunner(ReportParser.Default).Run(options, outcome =>
        {
            if (outcome.Error is { } error)
                stderr.WriteLine(GovReportCli.FailureLine(outcome.File, error));
            else if (!quiet)
                stdout.WriteLine($"parsed {outcome.File}");
        });
        stdout.WriteLine(
            $"{summary.Parsed} parsed, {summary.Failed} failed, {summary.Skipped} skipped, {summary.ReportsWithFailedChecks} with failed checks, " +
            $"{summary.Warnings} warnings in {summary.Elapsed.TotalSeconds:0.00} s → {output}");
        return summary.Failed > 0 || summary.ReportsWithFailedChecks > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
