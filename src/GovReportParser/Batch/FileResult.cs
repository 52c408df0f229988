using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>
/// What a batch keeps of one input: its name, the reason it failed (null when parsed), the counts the summary needs and
/// its rendered CSV rows. Small and flat, so that a worker process hands it back cheaply.
/// </summary>
public sealed record FileResult(string File, string? Error)
{
    public bool Parsed => Error is null;

    public int Warnings { get; init; }

    public int FailedChecks { get; init; }

    public CsvRows? Rows { get; init; }

    /// <summary>The report, when an in-process job asked for it (never sent over the wire).</summary>
    public Model.Report? Report { get; init; }

    /// <summary>The report's JSON, when the job asked for it.</summary>
    public byte[]? Json { get; init; }

    /// <summary>The process that produced this should not parse again (it ran out of memory).</summary>
    public bool Retire { get; init; }

    public static FileResult Failure(string file, string reason, bool renderCsv) => new(file, reason)
    {
        Rows = renderCsv ? CsvDatasetWriter.Render(new ParseOutcome(file, null, reason)) : null,
    };
}
