using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>One input of a batch: its path as written in the CSVs, and either its report or the reason it failed.</summary>
public sealed record ParseOutcome(string File, Report? Report, string? Error)
{
    public const string Parsed = "parsed";
    public const string Failed = "failed";

    public string Status => Report is null ? Failed : Parsed;

    public int FailedChecks => Report?.Checks.Count(c => !c.Ok) ?? 0;
}
