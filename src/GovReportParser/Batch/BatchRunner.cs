using System.Diagnostics;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>
/// Parses every readable file below a folder in parallel and writes one JSON per input and the CSV tables. Results reach
/// the CSVs (and the observer) in input order whatever the parallelism, so reruns are byte-identical. One file's failure
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
        var inputs = InputFinder.Find(options.InputDirectory, parser.CanRead);
        var jsonPaths = OutputNaming.JsonPaths(inputs.Readable); // named over all inputs, so shards agree on collisions
        var mine = options.Shard.Slice(inputs.Rows);
        using var csv = options.WriteCsv ? new CsvDatasetWriter(options.OutputDirectory) : null;
        int parsed = 0, failed = 0, withFailedChecks = 0, warnings = 0;

        Func<FileJob, FileResult> run = pool is null ? job => job.Run(parser) : job => pool.Run(job, cancellation);
        var results = OrderedParallel.Map(mine, input => Process(input, inputs, jsonPaths, options, run), jobs, capacity: jobs * 8, cancellation);
        foreach (var result in results)
        {
            if (result.Rows is { } rows)
                csv?.Add(rows);
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
        csv?.Complete();
        return new BatchSummary(parsed, failed, options.Shard.Slice(inputs.Skipped).Count, withFailedChecks, warnings, clock.Elapsed);
    }

    /// <summary>Everything of one input that can run in parallel: parse, write its JSON, render its CSV rows.</summary>
    private static FileResult Process(string relative, InputSet inputs, IReadOnlyDictionary<string, string> jsonPaths, BatchOptions options,
        Func<FileJob, FileResult> run)
    {
        var job = new FileJob(Path.Combine(options.InputDirectory, relative), relative) { RenderCsv = options.WriteCsv };
        if (inputs.Refused.TryGetValue(relative, out var reason))
            return job.Failed(reason);
        var jsonName = jsonPaths[relative];
        if (!OutputNaming.StaysInside(options.OutputDirectory, jsonName))
            return job.Failed($"output {jsonName} would be outside the output folder");
        return run(options.WriteJson ? job with { JsonPath = Path.Combine(options.OutputDirectory, jsonName), JsonName = jsonName } : job);
    }

    /// <summary>The innermost frame of ours, so that a bug report says where to look.</summary>
    private static string WhereThrown(Exception e)
    {
        var frame = new System.Diagnostics.StackTrace(e).GetFrames()
            .FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("GovReportParser", StringComparison.Ordinal) == true);
        return frame?.GetMethod() is { } m ? $" (in {m.DeclaringType!.Name}.{m.Name})" : "";
    }

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
