using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport parse FILE... [--format json|csv] [-o OUT]</c>: reports one by one, <c>-</c> for standard input. JSON goes
/// to stdout (one document after another) or to OUT: a file for one report, a folder for several. CSV goes to stdout
/// as the long metrics table, to OUT as that table when OUT ends in .csv, or as every table into the folder OUT.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var files = new Argument<string[]>("FILE") { Description = "The reports to parse (.txt, .html, .pdf, .docx); - reads standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json (default), or csv: metrics to stdout or to OUT.csv, or every table into the folder OUT", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--out", "-o", "--output") { Description = "Write here instead of stdout (json: a file, or a folder for several reports; csv: a .csv file or a folder)" };
        var noBom = new Option<bool>("--no-bom") { Description = "CSV files without the UTF-8 byte-order mark" };
        var command = new Command("parse", "Parse reports one by one") { files, format, output, noBom };
        command.SetAction(r => Run(r.GetValue(files)!, r.GetValue(format)!, r.GetValue(output), !r.GetValue(noBom), stdin, stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, string format, string? output, bool bom, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        var outcomes = new List<ParseOutcome>();
        var failed = false;
        foreach (var path in paths)
        {
            var outcome = Parse(path, stdin);
            if (outcome.Report is null)
            {
                failed = true;
                stderr.WriteLine(GovReportCli.FailureLine(outcome.File, outcome.Error!));
                continue;
            }
            outcomes.Add(outcome);
        }
        try
        {
            if (format == "json")
                WriteJson(outcomes, output, several: paths.Length > 1, stdout);
            else
                WriteCsv(outcomes, output, bom, stdout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(GovReportCli.FailureLine(output ?? "stdout", $"could not be written ({OutputErrors.Reason(e)})"));
            return ExitCodes.Failed;
        }
        return failed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static ParseOutcome Parse(string path, Func<Stream> stdin)
    {
        if (path != StandardInput.Argument)
            return BatchRunner.ParseSafely(ReportParser.Default, path, path);
        var (bytes, name, error) = StandardInput.Read(stdin());
        if (bytes is null)
            return new ParseOutcome(name, null, error);
        try
        {
            return new ParseOutcome(name, ReportParser.Default.Parse(bytes, name), null);
        }
        catch (InvalidInputException e)
        {
            return new ParseOutcome(name, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParseOutcome(name, null, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private static void WriteJson(List<ParseOutcome> outcomes, string? output, bool several, TextWriter stdout)
    {
        foreach (var outcome in outcomes)
        {
            if (output is null)
                stdout.Write(JsonReportWriter.Render(outcome.Report!));
            else if (several)
                JsonReportWriter.WriteFile(Path.Combine(output, Path.GetFileNameWithoutExtension(outcome.File) + ".json"), outcome.Report!);
            else
                JsonReportWriter.WriteFile(output, outcome.Report!);
        }
    }

    private static void WriteCsv(List<ParseOutcome> outcomes, string? output, bool bom, TextWriter stdout)
    {
        var metrics = outcomes.SelectMany(o => DatasetRows.From(o).Of(DatasetTables.Metrics));
        if (output is null)
            CsvDatasetWriter.WriteTable(stdout, DatasetTables.Metrics, metrics);
        else if (output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            AtomicFile.Write(output, stream =>
            {
                if (bom)
                    stream.Write(System.Text.Encoding.UTF8.Preamble);
                using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                CsvDatasetWriter.WriteTable(text, DatasetTables.Metrics, metrics);
            });
        else
        {
            using var csv = new CsvDatasetWriter(output, bom);
            foreach (var outcome in outcomes)
                csv.Add(outcome);
            csv.Complete();
        }
    }
}
