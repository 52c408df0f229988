using System.CommandLine;
using System.Runtime.InteropServices;
using GovReportParser.Batch;
using GovReportParser.Cli.Progress;
using GovReportParser.Pipeline;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport batch DIR --out OUTDIR [--format json,csv] [--jobs N]</c>: a folder, recursively; or
/// <c>batch --files-from LIST [--root DIR]</c>: the files of a work list.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var dir = new Argument<string?>("DIR") { Description = "Folder of reports (read recursively); or give --files-from", Arity = ArgumentArity.ZeroOrOne };
        var filesFrom = new Option<string?>("--files-from") { HelpName = "LIST", Description = "Read the inputs from LIST, one path a line (- for stdin), instead of a folder" };
        var root = new Option<string?>("--root") { HelpName = "DIR", Description = "With --files-from: the folder relative lines resolve against and outputs mirror (default: the current folder)" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "Comma-separated: json, csv, sqlite, parquet, xlsx (default json,csv)", DefaultValueFactory = _ => "json,csv" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files parsed at once (default: cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display: failures and the summary only" };
        var summaryHtml = new Option<bool>("--summary") { Description = "Also write summary.html (counts, failed checks, coverage, panel charts)" };
        var shard = new Option<string>("--shard") { Description = "K/N: take the K-th of N equal slices of the inputs (split a folder or a list across machines; the tables go to OUTDIR/parts/K-of-N for collect)", DefaultValueFactory = _ => "1/1" };
        var isolation = new IsolationOptions();
        var noBom = new Option<bool>("--no-bom") { Description = "CSV files without the UTF-8 byte-order mark (kept by default for Excel)" };
        var resume = new Option<bool>("--resume") { Description = "Reuse the JSON in OUTDIR of inputs whose content is unchanged; the tables are rebuilt from all" };
        var command = new Command("batch", "Parse every report below a folder, or of a work list, into one dataset")
        {
            dir, filesFrom, root, output, format, jobs, quiet, shard, summaryHtml, noBom, resume,
        };
        isolation.AddTo(command);
        command.SetAction(r =>
        {
            if (!isolation.TryRead(r, out var workers))
            {
                stderr.WriteLine("error: " + IsolationOptions.Usage);
                return ExitCodes.Usage;
            }
            var inputs = Inputs(r.GetValue(dir), r.GetValue(filesFrom), r.GetValue(root), stdin, stderr);
            if (inputs is null)
                return ExitCodes.Usage;
            return Run(inputs, r.GetValue(output)!, Formats(r.GetValue(format)!), r.GetValue(jobs), r.GetValue(quiet),
                Shard.Parse(r.GetValue(shard)!), workers, r.GetValue(summaryHtml), new DatasetOptions { ByteOrderMark = !r.GetValue(noBom) }, r.GetValue(resume),
                stdout, stderr);
        });
        return command;
    }

    /// <summary>What the batch reads: a folder, or the lines of a work list and their root.</summary>
    private sealed record InputSource(string Directory, IEnumerable<string>? Listed);

    /// <summary>The folder, or the work list read whole; null (after one line on stderr) for a usage error.</summary>
    private static InputSource? Inputs(string? dir, string? filesFrom, string? root, Func<Stream> stdin, TextWriter stderr)
    {
        if ((dir is null) == (filesFrom is null) || (root is not null && filesFrom is null))
        {
            stderr.WriteLine("error: batch reads a folder (DIR) or a work list (--files-from LIST, with --root DIR), one of the two");
            return null;
        }
        if (filesFrom is null)
        {
            if (Directory.Exists(dir))
                return new InputSource(dir!, null);
            stderr.WriteLine(GovReportCli.FailureLine(dir!, "no such folder"));
            return null;
        }
        if (root is not null && !Directory.Exists(root))
        {
            stderr.WriteLine(GovReportCli.FailureLine(root, "no such folder"));
            return null;
        }
        var (lines, error) = WorkList.Read(filesFrom, stdin);
        if (lines is null)
        {
            stderr.WriteLine(GovReportCli.FailureLine(filesFrom, error!));
            return null;
        }
        return new InputSource(root ?? "", lines);
    }

    /// <summary>More jobs than four a core only wait for a core, each with a worker process's memory.</summary>
    private static int MaxJobs => 4 * Environment.ProcessorCount;

    internal static string[] Formats(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToArray();

    private static int Run(InputSource inputs, string output, string[] formats, int jobs, bool quiet, Shard? shard, WorkerSettings? workers, bool summaryHtml,
        DatasetOptions dataset, bool resume, TextWriter stdout, TextWriter stderr)
    {
        if (formats.Length == 0 || formats.Any(f => f != "json" && !DatasetWriter.TableFormats.Contains(f)) || jobs < 1 || shard is null)
        {
            stderr.WriteLine($"error: --format takes a comma-separated list of json, {string.Join(", ", DatasetWriter.TableFormats)}; --jobs at least 1; --shard K/N with 1 ≤ K ≤ N");
            return ExitCodes.Usage;
        }
        var options = new BatchOptions(inputs.Directory, output)
        {
            Listed = inputs.Listed, Summary = summaryHtml, WriteJson = formats.Contains("json"), TableFormats = formats.Where(DatasetWriter.TableFormats.Contains).ToArray(),
            Jobs = Math.Min(jobs, MaxJobs), Shard = shard, Isolation = workers, Dataset = dataset, Resume = resume,
        };
        var runner = new BatchRunner(ReportParser.Default);
        BatchSummary summary;
        using (var interrupt = new Interrupt())
        {
            try
            {
                summary = ViewFor(quiet, stderr).Run(observe => runner.Run(options, observe, interrupt.Token));
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine($"interrupted: the JSON files written to {MessageText.Escape(output)} are whole; the tables were not written");
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The tables could not be made or written (a read-only or full output folder): their temporary files are gone.
                stderr.WriteLine(GovReportCli.TablesNotWritten(output, e));
                return ExitCodes.Failed;
            }
        }
        stdout.WriteLine(
            $"{summary.Parsed} parsed, {summary.Failed} failed, {summary.Skipped} skipped{Hidden(summary.Hidden)}, {summary.ReportsWithFailedChecks} with failed checks, " +
            $"{summary.Warnings} warnings in {summary.Elapsed.TotalSeconds:0.00} s → {MessageText.Escape(output)}{PartNote(summary.PartDirectory)}");
        // A shard's part is not the folder's tables: panel.csv and summary.html come with collect, over all the parts.
        var followedUp = summary.PartDirectory is not null
            || BatchPanel.Write(output, summaryHtml, summary.Skipped, options.TableFormats, options.Dataset, stdout, stderr);
        return summary.Failed > 0 || summary.ReportsWithFailedChecks > 0 || !followedUp ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static string PartNote(string? part) => part is null ? "" : $" (tables in {MessageText.Escape(part)}; merge the parts with collect)";

    private static string Hidden(int hidden) => hidden == 0 ? "" : $" ({hidden} hidden not read)";

    /// <summary>
    /// Ctrl+C or SIGTERM stops a batch cleanly: files being parsed are finished and written whole, the rest are not
    /// started, and temporary files are removed. A second Ctrl+C ends the process at once.
    /// </summary>
    private sealed class Interrupt : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private readonly PosixSignalRegistration[] _registrations;

        public Interrupt() => _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

        public CancellationToken Token => _source.Token;

        private void Handle(PosixSignalContext context)
        {
            if (_source.IsCancellationRequested)
                return; // the second signal takes its default course: the process ends
            context.Cancel = true;
            _source.Cancel();
        }

        public void Dispose()
        {
            foreach (var registration in _registrations)
                registration.Dispose();
            _source.Dispose();
        }
    }

    /// <summary>A live bar only when stderr is the process's own terminal; plain periodic lines for logs; none when quiet.</summary>
    private static IBatchProgressView ViewFor(bool quiet, TextWriter stderr)
    {
        if (!quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected)
            return new LiveProgressView(stderr);
        return new PlainProgressView(stderr, periodic: !quiet);
    }
}
