using System.CommandLine;
using GovReportParser.Batch.Parts;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport collect OUTDIR [--format csv,sqlite,parquet,xlsx] [-o DIR]</c>: merges the parts of a sharded run
/// (<c>OUTDIR/parts/K-of-N</c>) into OUTDIR's tables, or, without parts, rebuilds a batch's tables from the report JSON
/// files below OUTDIR alone, without the inputs.
/// </summary>
internal static class CollectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("OUTDIR") { Description = "A batch's output folder (its parts are merged, or else its JSON files are read)" };
        var output = new Option<string?>("--out", "-o") { Description = "Where the tables go (default: OUTDIR)" };
        var format = new Option<string?>("--format", "-f") { Description = $"Comma-separated: {string.Join(", ", DatasetWriter.TableFormats)} (default: every format the parts hold; without parts, csv)" };
        var noBom = new Option<bool>("--no-bom") { Description = "CSV files without the UTF-8 byte-order mark" };
        var summary = new Option<bool>("--summary") { Description = "Also write summary.html beside the report JSON files (with parts, as when the shards were run with --summary); not with -o elsewhere" };
        var command = new Command("collect", "Merge a sharded run's parts into its tables, or rebuild the tables (CSV, SQLite, Parquet, xlsx) from the JSON files of a batch")
        {
            dir, output, format, noBom, summary,
        };
        command.SetAction(r =>
        {
            var asked = r.GetValue(format);
            var formats = BatchCommand.Formats(asked ?? "csv");
            if (formats.Length == 0 || formats.Any(f => !DatasetWriter.TableFormats.Contains(f)))
            {
                stderr.WriteLine($"error: --format takes a comma-separated list of {string.Join(", ", DatasetWriter.TableFormats)}");
                return ExitCodes.Usage;
            }
            var path = r.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                stderr.WriteLine(GovReportCli.FailureLine(path, "no such folder"));
                return ExitCodes.Usage;
            }
            var target = r.GetValue(output);
            // summary.html links to the report JSON files, so it can only be written beside them.
            if (r.GetValue(summary) && target is not null && IsElsewhere(target, path))
            {
                stderr.WriteLine("error: --summary writes summary.html beside the report JSON files; leave out -o, or make it OUTDIR");
                return ExitCodes.Usage;
            }
            if (PartSet.Holds(path))
                return CollectParts.Run(path, target, asked is null ? null : formats, r.GetValue(noBom) ? false : null, r.GetValue(summary), stdout, stderr);
            return FromJson(path, target, formats, new DatasetOptions { ByteOrderMark = !r.GetValue(noBom) }, r.GetValue(summary), stdout, stderr);
        });
        return command;
    }

    /// <summary>Whether the tables go to another folder than the report JSON files (collect -o): panel.csv then goes with the tables, summary.html cannot.</summary>
    internal static bool IsElsewhere(string tables, string json) => Path.GetFullPath(tables) != Path.GetFullPath(json);

    /// <summary>The tables from the JSON files, then what a batch writes after them: panel.csv (several years of one agency), summary.html if asked.</summary>
    private static int FromJson(string dir, string? output, string[] formats, DatasetOptions options, bool summaryHtml, TextWriter stdout, TextWriter stderr)
    {
        var target = output ?? dir;
        CollectSummary summary;
        try
        {
            using var tables = DatasetWriter.Create(target, formats, options);
            summary = JsonCollection.Collect(dir, tables);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(GovReportCli.TablesNotWritten(target, e));
            return ExitCodes.Failed;
        }
        foreach (var (file, reason) in summary.NotReports)
            stderr.WriteLine($"skipped: {MessageText.Escape(file)}: {MessageText.Escape(reason)}");
        stdout.WriteLine($"{summary.Reports} reports collected, {summary.NotReports.Count} other JSON files skipped → {MessageText.Escape(target)}");
        if (summary.Reports == 0)
        {
            stderr.WriteLine(GovReportCli.FailureLine(dir, "no reports found"));
            return ExitCodes.Failed;
        }
        return BatchPanel.Write(dir, summaryHtml, null, formats, options, stdout, stderr, IsElsewhere(target, dir) ? target : null) ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
