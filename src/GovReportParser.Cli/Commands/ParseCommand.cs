using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Pipeline;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport parse FILE [--format json|csv] [-o OUT]</c>: one report.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The report to parse (.txt, …)" };
        var format = new Option<string>("--format", "-f") { Description = "json (default), or csv: the five CSV tables into OUT (a folder), or metrics.csv to stdout", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of stdout (a file for json, a folder for csv)" };
        var command = new Command("parse", "Parse one report") { file, format, output };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(format)!, r.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Run(string path, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        var outcome = BatchRunner.ParseSafely(ReportParser.Default, path, path);
        if (outcome.Report is not { } report)
        {
            stderr.WriteLine(GovReportCli.FailureLine(path, outcome.Error!));
            return ExitCodes.Failed;
        }
        if (format == "json")
        {
            if (output is null)
                stdout.Write(JsonReportWriter.Render(report));
            else
                JsonReportWriter.WriteFile(output, report);
        }
        else if (output is not null)
        {
            using var csv = new CsvDatasetWriter(output);
            csv.Add(outcome);
            csv.Complete();
        }
        else
            CsvDatasetWriter.WriteTable(stdout, DatasetTables.Metrics, DatasetRows.From(outcome).Of(DatasetTables.Metrics));
        return ExitCodes.Ok;
    }
}
