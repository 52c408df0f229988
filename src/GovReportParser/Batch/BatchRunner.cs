using System.Diagnostics;
using GovReportParser.Batch.Parts;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Batch;

/// <summary>
/// Parses every readable file below a folder in parallel and writes one JSON per input and the dataset's tables (CSV,
/// SQLite, Parquet, xlsx). Results reach the tables (and the observer) in input order whatever the parallelism, so reruns
/// are byte-identical. One file's failure
/// becomes a failed row with its reason; it never stops the batch. With <see cref="BatchOptions.Isolation"/> each file is
/// parsed in a worker process under a time and a memory limit, so that not even a crash of the parser stops the batch.
/// </summary>
public sealed class BatchRunner(ReportParser parser)
{
    /// <summary>Runs the batch; <paramref name="observe"/> sees each result in input order with the progress so far.</summary>
    public BatchSummary Run(BatchOptions options, Action<FileResult, BatchProgress>? observe = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var jobs = Math.Max(1, options.Jobs);
        // Workers for the cores start at once, while the inputs are listed; more (for --jobs above the cores) as needed.
        using var pool = options.Isolation is { } isolation ? new WorkerPool(isolation, warm: Math.Min(jobs, Environment.ProcessorCount)) : null;
        var inputs = options.Listed is { } listed ? InputList.Find(listed, options.InputDirectory, parser.CanRead) : InputFinder.Find(options.InputDirectory, parser.CanRead);
        var mine = options.Shard.Slice(inputs.Rows);
        // Named as over all inputs, so shards agree on collisions; a shard names only the folders it reads.
        var jsonPaths = options.Shard.Count > 1 ? OutputNaming.JsonPaths(inputs.Readable, mine) : OutputNaming.JsonPaths(inputs.Readable);
        using var part = options.Shard.Count > 1 ? new PartStaging(options.OutputDirectory, options.Shard) : null;
        using var tables = DatasetWriter.Create(part?.Directory ?? options.OutputDirectory, options.TableFormats, options.Dataset with { Part = part is not null });
        int parsed = 0, failed = 0, withFailedChecks = 0, warnings = 0;

        Func<FileJob, FileResult> run = pool is null ? job => job.Run(parser) : job => pool.Run(job, cancellation);
        var results = OrderedParallel.Map(mine, input => Process(input, inputs, jsonPaths, options, tables, run, inProcess: pool is null),
            jobs, capacity: jobs * 8, cancellation);
        foreach (var (result, rows) in results)
        {
            if (rows is not null)
                tables.Add(rows);
            if (result.Parsed)
            {
                parsed++;
                warnings += result.Warnings;
                if (result.FailedChecks > 0)
                    withFailedChecks++;
            }
            else
                failed++;
            observe?.Invoke(result, new BatchProgress(parsed + failed, mine.Count, failed, clock.Elapsed));
        }
        var skipped = options.Shard.Trailing(inputs.Skipped);
        foreach (var entry in skipped.Where(e => !e.EndsWith('/'))) // a folder already read through another path is no file left out
            tables.Add(ParseOutcome.Skip(entry, InputFinder.SkipReason(entry)));
        tables.Complete();
        part?.Commit(new PartManifest(options.Shard, mine.Count, parsed, failed, skipped.Count, options.TableFormats.Distinct().ToArray(), options.Dataset.ByteOrderMark,
            options.Dataset.ReportsPerWindow, options.Summary, inputs.Count, inputs.Sha256(), PartManifest.CurrentVersion));
        return new BatchSummary(parsed, failed, skipped.Count, withFailedChecks, warnings, clock.Elapsed) { Hidden = inputs.Hidden, PartDirectory = part?.Final };
    }

    /// <summary>
    /// Everything of one input that can run in parallel: parse (or, resuming, read back the JSON a previous run wrote for
    /// the same content), write its JSON, and prepare its table rows. CSV alone is rendered where the file was parsed; any
    /// other table format needs the report itself, which comes back as its JSON.
    /// </summary>
    private static (FileResult, PreparedRows?) Process(string relative, InputSet inputs, IReadOnlyDictionary<string, string> jsonPaths,
        BatchOptions options, DatasetWriter tables, Func<FileJob, FileResult> run, bool inProcess)
    {
        var needsReport = !tables.IsEmpty && !tables.IsCsvOnly;
        var job = new FileJob(Path.Combine(options.InputDirectory, relative), relative)
        {
            RenderCsv = tables.IsCsvOnly, ReturnJson = needsReport && !inProcess, ReturnReport = needsReport && inProcess,
        };
        // A folder's walk has looked at each entry already; a list's entry is looked at only by the shard that reads it.
        var refusal = inputs.Refused.GetValueOrDefault(relative) ?? (options.Listed is null ? null : InputList.Unreadable(job.InputPath));
        if (refusal is not null)
            return Prepared(job.Failed(refusal), null, tables);
        var jsonName = jsonPaths[relative];
        if (!OutputNaming.StaysInside(options.OutputDirectory, jsonName))
            return Prepared(job.Failed($"output {jsonName} would be outside the output folder"), null, tables);
        if (PartFolder.IsInsideAPart(jsonName))
            return Prepared(job.Failed($"output {jsonName} would be inside a part folder of a sharded run"), null, tables);
        var jsonPath = Path.Combine(options.OutputDirectory, jsonName);
        if (options.Resume && ResumedReport(job.InputPath, jsonPath) is { } previous)
            return Resumed(relative, previous, tables);
        var result = run(options.WriteJson ? job with { JsonPath = jsonPath, JsonName = jsonName } : job);
        return Prepared(result, result.Report ?? (result.Json is { } json ? JsonReportReader.Read(json) : null), tables);
    }

    private static (FileResult, PreparedRows?) Prepared(FileResult result, Report? report, DatasetWriter tables)
    {
        if (tables.IsEmpty)
            return (result, null);
        if (tables.IsCsvOnly)
            return (result, tables.FromCsv(result.Rows!));
        return (result with { Json = null, Report = null }, tables.Prepare(new ParseOutcome(result.File, result.Parsed ? report : null, result.Error)));
    }

    private static (FileResult, PreparedRows?) Resumed(string relative, Report report, DatasetWriter tables)
    {
        var outcome = new ParseOutcome(relative, report, null);
        var result = new FileResult(relative, null) { Warnings = report.Warnings.Count, FailedChecks = outcome.FailedChecks };
        return (result, tables.IsEmpty ? null : tables.Prepare(outcome));
    }

    /// <summary>The report a previous run wrote to <paramref name="jsonPath"/>, when it was made from these very bytes.</summary>
    private static Report? ResumedReport(string inputPath, string jsonPath)
    {
        if (!File.Exists(jsonPath))
            return null;
        try
        {
            var report = JsonReportReader.ReadFile(jsonPath);
            var sha256 = Readers.TxtReader.Sha256Hex(File.ReadAllBytes(inputPath));
            return report.Source.Sha256 == sha256 ? report : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null; // unreadable or not ours: parsed again
        }
    }

    /// <summary>The innermost frame of ours, so that a bug report says where to look.</summary>
    private static string WhereThrown(Exception e)
    {
        // DiagnosticMethodInfo rather than StackFrame.GetMethod: a Native AOT build keeps names for stack traces, not
        // reflection metadata.
        var method = new System.Diagnostics.StackTrace(e).GetFrames()
            .Select(System.Diagnostics.DiagnosticMethodInfo.Create)
            .FirstOrDefault(m => m?.DeclaringTypeName.StartsWith("GovReportParser.", StringComparison.Ordinal) == true);
        return method is null ? "" : $" (in {ShortTypeName(method.DeclaringTypeName)}.{method.Name})";
    }

    /// <summary>GovReportParser.Readers.Pdf.LineBuilder+Run → LineBuilder+Run.</summary>
    private static string ShortTypeName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    /// <summary>Parses one file; every failure becomes a reason, never an exception.</summary>
    public static ParseOutcome ParseSafely(ReportParser parser, string path, string displayName)
    {
        try
        {
            return new ParseOutcome(displayName, parser.Parse(path), null);
        }
        catch (InvalidInputException e)
        {
            return new ParseOutcome(displayName, null, e.Message);
        }
        catch (OutOfMemoryException)
        {
            // Under a worker's heap limit this is the limit; the worker answers and is replaced.
            return new ParseOutcome(displayName, null, FailureReasons.OverMemoryLimit);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not take the rest of the batch down; the row says what happened.
            return new ParseOutcome(displayName, null, $"internal error: {e.GetType().Name}: {e.Message}{WhereThrown(e)}");
        }
    }
}
