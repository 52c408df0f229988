using GovReportParser.Model;
using GovReportParser.Panel;

namespace GovReportParser.Tests.Panel;

/// <summary>Made-up panel reports: an agency, a year and the metrics it states, nothing taken from a real report.</summary>
internal static class MadeUpReports
{
    public static PanelReport Report(string agency, int year, params (string Key, decimal Value)[] metrics) =>
        Report(agency, year, $"{agency}/{year}.txt", metrics);

    public static PanelReport Report(string agency, int year, string file, params (string Key, decimal Value)[] metrics) => new(
        file, file.Replace(".txt", ".json"), $"{agency}{year}年政府信息公开工作年度报告", agency, null, year, "2021", "txt",
        $"sha-{file}", metrics.ToDictionary(m => m.Key, m => m.Value), Array.Empty<CheckResult>());

    public static (string, decimal) CarriedOver(string column, decimal value) => (PanelKeys.CarryOver.Single(c => c.Column == column).CarriedOver, value);

    public static (string, decimal) CarriedForward(string column, decimal value) => (PanelKeys.CarryOver.Single(c => c.Column == column).CarriedForward, value);

    public static (string, decimal) NewRequests(decimal value) => (PanelKeys.Headline[0], value);
}
