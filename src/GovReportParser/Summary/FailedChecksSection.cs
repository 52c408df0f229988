using GovReportParser.Panel;

namespace GovReportParser.Summaries;

/// <summary>The checks that failed, grouped by rule (<c>t3.balance</c>, <c>t4.sum</c>, <c>narrative-vs-table</c> …), each row linking to the report's JSON.</summary>
internal static class FailedChecksSection
{
    private const int RowsShownPerRule = 100;

    public static void Write(Html html, IReadOnlyList<PanelReport> reports)
    {
        var failed = reports.SelectMany(r => r.Checks.Where(c => !c.Ok).Select(c => (Report: r, Check: c))).ToArray();
        var byRule = failed.GroupBy(f => RuleOf(f.Check.Rule), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        html.Open("section", ("id", "checks")).Element("h2", $"未通过的检查 Failed checks ({failed.Length})");
        if (failed.Length == 0)
        {
            html.Element("p", "所有检查均通过 (every check passed).", ("class", "note")).Close("section");
            return;
        }
        html.Open("table", ("id", "failed-rules"));
        html.Open("tr").Element("th", "规则 rule").Element("th", "未通过 failed", ("class", "n")).Element("th", "报告 reports", ("class", "n")).Close("tr");
        foreach (var group in byRule)
            html.Open("tr", ("data-rule", group.Key))
                .Element("td", group.Key).Element("td", Html.Num(group.Count()), ("class", "n"), ("data-count", Html.Num(group.Count())))
                .Element("td", Html.Num(group.Select(g => g.Report).Distinct().Count()), ("class", "n")).Close("tr");
        html.Close("table");
        foreach (var group in byRule)
        {
            html.Element("h3", $"{group.Key} ({group.Count()})", ("id", $"rule-{group.Key}"));
            html.Open("div", ("class", "scroll")).Open("table", ("class", "failed-checks"));
            html.Open("tr").Element("th", "报告 report").Element("th", "检查 check").Element("th", "数字 numbers").Close("tr");
            foreach (var (report, check) in group.Take(RowsShownPerRule))
            {
                html.Open("tr", ("class", "failed-check"), ("data-rule", check.Rule)).Open("td", ("class", "file"));
                if (report.Json is { } json)
                    html.Link(json, report.File);
                else
                    html.Text(report.File);
                html.Close("td").Element("td", check.Rule).Element("td", check.Detail, ("class", "detail")).Close("tr");
            }
            html.Close("table").Close("div");
            if (group.Count() > RowsShownPerRule)
                html.Element("p", $"另有 {group.Count() - RowsShownPerRule} 条见 checks.csv ({group.Count() - RowsShownPerRule} more in checks.csv).", ("class", "note"));
        }
        html.Close("section");
    }

    /// <summary>The rule a check belongs to: <c>t3.balance.total</c> → <c>t3.balance</c>, <c>narrative-vs-table:key</c> → <c>narrative-vs-table</c>.</summary>
    internal static string RuleOf(string check)
    {
        var colon = check.IndexOf(':');
        if (colon > 0)
            return check[..colon];
        var parts = check.Split('.');
        return parts.Length > 2 ? $"{parts[0]}.{parts[1]}" : check;
    }
}
