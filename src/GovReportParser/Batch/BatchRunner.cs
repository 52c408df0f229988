using System.Diagnostics;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Batch;

/// <summary>
/// Parses every readable file below a folder in parallel and writes one JSON per input and the CSV tables. Outcomes reach
/// the CSVs (and the observer) in input order whatever the parallelism, so reruns are byte-identical. One file's failure
/// becomes a failed row with its reason; it never stops the batch.
/// </summary>
public sealed class BatchRunner(ReportParser parser)
{
    /// <summary>Runs the batch; <paramref name="observe"/> sees each outcome in input order with the progress so far.</summary>
    public BatchSummary Run(BatchOptions options, Action<ParseOutcome, BatchProgress>? observe = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var inputs = InputFinder.Find(options.InputDirectory, parser.CanRead);
        var jsonPaths = OutputNaming.JsonPaths(inputs.Readable); // named over all inputs, so shards agree on collisions
        var mine = options.Shard.Slice(inputs.Readable);
        using var tables = DatasetWriter.Create(options.OutputDirectory, options.TableFormats, options.Dataset);
        int parsed = 0, failed = 0, withFailedChecks = 0, warnings = 0;

        foreach (var (outcome, rows) in InOrder(mine, options, jsonPaths, tables, cancellation))
        {
            if (rows is not null)
                tables.Add(rows);
            if (outcome.Report is { } r)
            {
                parsed++;
                warnings += r.Warnings.Count;
                if (outcome.FailedChecks > 0)
                    withFailedChecks++;
            }
            else
                failed++;
            observe?.Invoke(outcome, new BatchProgress(parsed + failed, mine.Count, failed, clock.Elapsed));
        }
        var skipped = options.Shard.Slice(inputs.Skipped);
        foreach (var file in skipped)
            tables.Add(ParseOutcome.Skip(file, InputFinder.SkipReason(file)));
        tables.Complete();
        return new BatchSummary(parsed, failed, skipped.Count, withFailedChecks, warnings, clock.Elapsed) { Hidden = inputs.Hidden };
    }

    /// <summary>
    /// Parses on <see cref="BatchOptions.Jobs"/> threads and yields in input order, with a few reports per thread in
    /// memory at most, whatever the folder holds.
    /// </summary>
    private IEnumerable<(ParseOutcome Outcome, PreparedRows? Rows)> InOrder(IReadOnlyList<string> inputs, BatchOptions options,
        IReadOnlyDictionary<string, string> jsonPaths, DatasetWriter tables, CancellationToken cancellation)
    {
        var jobs = Math.Max(1, options.Jobs);
        return OrderedParallel.Map(inputs, input => Process(input, options, jsonPaths[input], tables), jobs, capacity: jobs * 8, cancellation);
    }

    /// <summary>Everything of one input that can run in parallel: parse, write its JSON, derive and render its table rows.</summary>
    private (ParseOutcome, PreparedRows?) Process(string relative, BatchOptions options, string jsonRelative, DatasetWriter tables)
    {
        var outcome = ParseAndWrite(relative, options, jsonRelative);
        return (outcome, tables.IsEmpty ? null : tables.Prepare(outcome));
    }

    private ParseOutcome ParseAndWrite(string relative, BatchOptions options, string jsonRelative)
    {
        var outcome = ParseSafely(parser, Path.Combine(options.InputDirectory, relative), relative);
        if (outcome.Report is { } report && options.WriteJson)
        {
            try
            {
                JsonReportWriter.WriteFile(Path.Combine(options.OutputDirectory, jsonRelative), report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return outcome with { Report = null, Error = $"output {jsonRelative} could not be written ({e.Message})" };
            }
        }
        return outcome;
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not take the rest of the batch down; the row says what happened.
            return new ParseOutcome(displayName, null, $"internal error: {e.GetType().Name}: {e.Message}{WhereThrown(e)}");
        }
    }
}
