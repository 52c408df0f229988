using GovReportParser.Panel;

namespace GovReportParser.Summaries;

/// <summary>Counts by status (parsed, failed, skipped) and the failed inputs with their reasons.</summary>
internal static class StatusSection
{
    private const int FailedShown = 200;

    public static void Write(Html html, BatchFolder folder)
    {
        html.Open("section", ("id", "status")).Element("h2", "状态 Status");
        html.Open("div", ("class", "cards"));
        Card(html, "parsed", "已解析 parsed", Html.Num(folder.Reports.Count));
        Card(html, "failed", "失败 failed", Html.Num(folder.Failed.Count));
        Card(html, "skipped", "跳过 skipped", folder.Skipped is { } s ? Html.Num(s) : "—");
        Card(html, "failed-checks", "检查未通过的报告 with failed checks", Html.Num(folder.Reports.Count(r => r.Checks.Any(c => !c.Ok))));
        html.Close("div");
        if (folder.Skipped is null)
            html.Element("p", "跳过的文件数只有批处理本身知道 (the skipped count is known to the batch run, not recorded in the folder).", ("class", "note"));
        if (folder.Failed.Count > 0)
        {
            html.Element("h3", $"失败的文件 Failed inputs ({folder.Failed.Count})");
            html.Open("div", ("class", "scroll")).Open("table", ("id", "failed-inputs"));
            html.Open("tr").Element("th", "文件 file").Element("th", "原因 reason").Close("tr");
            foreach (var failed in folder.Failed.Take(FailedShown))
                html.Open("tr", ("class", "failed-input")).Element("td", failed.File, ("class", "file")).Element("td", failed.Error, ("class", "detail")).Close("tr");
            html.Close("table").Close("div");
            if (folder.Failed.Count > FailedShown)
                html.Element("p", $"另有 {folder.Failed.Count - FailedShown} 个失败文件见 reports.csv ({folder.Failed.Count - FailedShown} more in reports.csv).", ("class", "note"));
        }
        html.Close("section");
    }

    private static void Card(Html html, string status, string label, string count) =>
        html.Open("div", ("class", $"card {status}"), ("data-status", status))
            .Element("span", count, ("class", "count"), ("data-count", count)).Text(label).Close("div");
}
