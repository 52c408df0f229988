using GovReportParser.Catalogue;
using GovReportParser.Model;
using GovReportParser.Writers;

namespace GovReportParser.Panel;

/// <summary>
/// What the panel checks and the summary need of one parsed report, read from its JSON file (or taken from a fresh
/// parse): small, so that a batch of many thousands fits in memory. <see cref="Json"/> is the JSON file's path relative
/// to the output folder (null for a report parsed in place); <see cref="File"/> the input as the batch names it.
/// </summary>
public sealed record PanelReport(
    string File,
    string? Json,
    string? Title,
    string? Agency,
    string? Region,
    int? Year,
    string Template,
    string Format,
    string Sha256,
    IReadOnlyDictionary<string, decimal> Metrics,
    IReadOnlyList<CheckResult> Checks)
{
    public static PanelReport From(Report report, string file, string? json = null) => new(
        file, json, report.Info.Title, report.Info.Agency, report.Info.Region, report.Info.Year, report.Info.Template,
        report.Source.Format, report.Source.Sha256, report.Metrics, report.Checks);

    /// <summary>A report read back from its JSON file (<paramref name="json"/>, relative to the output folder); the
    /// source path stands for the input until the batch's own name for it is known.</summary>
    public static PanelReport From(PartialReport read, string json) => new(
        read.Path ?? json, json, read.Title, read.Agency, read.Region, read.Year, read.Template ?? TemplateNames.Narrative,
        read.Format ?? "", read.Sha256 ?? "", read.Metrics, read.Checks);

    /// <summary>The report in a JSON file's bytes, read as far as <paramref name="parts"/> say; null when it is not a report file.</summary>
    public static PanelReport? Read(ReadOnlySpan<byte> bytes, string json, ReportParts parts = ReportParts.All) =>
        JsonReportReader.ReadPartial(bytes, parts) is { } read ? From(read, json) : null;
}
