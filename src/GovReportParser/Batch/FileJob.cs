using GovReportParser.Pipeline;
using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>
/// One input's work, the same in-process and in a worker: parse <see cref="InputPath"/>, write its JSON to
/// <see cref="JsonPath"/> (when set), render its CSV rows (when asked) and hand back its JSON bytes (when asked).
/// </summary>
public sealed record FileJob(string InputPath, string DisplayName)
{
    /// <summary>Where the report's JSON is written (whole or not at all); null: not written.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The JSON file's name as messages give it (relative to the output folder).</summary>
    public string? JsonName { get; init; }

    public bool RenderCsv { get; init; }

    public bool ReturnJson { get; init; }

    /// <summary>Hand back the report itself (in this process only: it does not cross to a worker and back).</summary>
    public bool ReturnReport { get; init; }

    public FileResult Run(ReportParser parser)
    {
        var outcome = BatchRunner.ParseSafely(parser, InputPath, DisplayName);
        if (outcome.Report is { } written && JsonPath is not null)
        {
            try
            {
                JsonReportWriter.WriteFile(JsonPath, written);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outcome = outcome with { Report = null, Error = $"output {JsonName ?? JsonPath} could not be written ({OutputErrors.Reason(e)})" };
            }
        }
        var report = outcome.Report;
        return new FileResult(DisplayName, outcome.Error)
        {
            Warnings = report?.Warnings.Count ?? 0,
            FailedChecks = outcome.FailedChecks,
            Rows = RenderCsv ? CsvDatasetWriter.Render(outcome) : null,
            Json = ReturnJson && report is not null ? JsonReportWriter.RenderUtf8(report) : null,
            Report = ReturnReport ? report : null,
            Retire = outcome.Error == FailureReasons.OverMemoryLimit,
        };
    }

    /// <summary>The result of an input that was never parsed (its worker died, or it was refused when listed).</summary>
    public FileResult Failed(string reason) => FileResult.Failure(DisplayName, reason, RenderCsv);
}
