using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// One input of a batch: its path as written in the tables, and either its report, the reason it failed, or the reason
/// it was skipped (no reader for its kind of file).
/// </summary>
public sealed record ParseOutcome(string File, Report? Report, string? Error)
{
    public const string Parsed = "parsed";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    public bool IsSkipped { get; init; }

    public string Status => Report is not null ? Parsed : IsSkipped ? Skipped : Failed;

    public int FailedChecks => Report?.Checks.Count(c => !c.Ok) ?? 0;

    public static ParseOutcome Skip(string file, string reason) => new(file, null, reason) { IsSkipped = true };
}
