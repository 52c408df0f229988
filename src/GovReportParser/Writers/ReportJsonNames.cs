using System.Text.Json;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// The JSON names of the report properties that <see cref="JsonReportReader"/>'s partial read picks out, each derived
/// from its model property by the naming policy <see cref="ReportJsonContext"/> writes with, so that a renamed property
/// renames the name read.
/// </summary>
internal static class ReportJsonNames
{
    private static string Of(string member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member);

    public static readonly string Schema = Of(nameof(Report.Schema));
    public static readonly string Source = Of(nameof(Report.Source));
    public static readonly string Info = Report.InfoName;
    public static readonly string Metrics = Of(nameof(Report.Metrics));
    public static readonly string Checks = Of(nameof(Report.Checks));

    public static readonly string Path = Of(nameof(SourceInfo.Path));
    public static readonly string Format = Of(nameof(SourceInfo.Format));
    public static readonly string Sha256 = Of(nameof(SourceInfo.Sha256));

    public static readonly string Title = Of(nameof(ReportMetadata.Title));
    public static readonly string Agency = Of(nameof(ReportMetadata.Agency));
    public static readonly string Region = Of(nameof(ReportMetadata.Region));
    public static readonly string Year = Of(nameof(ReportMetadata.Year));
    public static readonly string Template = Of(nameof(ReportMetadata.Template));

    public static readonly string Rule = Of(nameof(CheckResult.Rule));
    public static readonly string Ok = Of(nameof(CheckResult.Ok));
    public static readonly string Detail = Of(nameof(CheckResult.Detail));
}
