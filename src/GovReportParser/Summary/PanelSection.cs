using GovReportParser.Panel;

namespace GovReportParser.Summaries;

/// <summary>
/// The panel findings (carry-over, jumps, gaps, duplicates) with both sides, and per agency with several years a row
/// of small line charts of the headline metrics with the findings marked on them.
/// </summary>
internal static class PanelSection
{
    private const int FindingsShown = 300;
    private const int AgenciesCharted = 48;

    public static void Write(Html html, IReadOnlyList<PanelReport> reports, IReadOnlyList<PanelFinding> findings)
    {
        var series = PanelGroups.Group(reports).Where(s => s.Years.Count > 1).ToArray();
        html.Open("section", ("id", "panel")).Element("h2", "跨年检查 Panel checks across years");
        html.Element("p", $"{series.Length} 个机构有多个年度的报告 (agencies with reports for several years); 规则见 panel.csv.", ("class", "note"));
        Counts(html, findings);
        Findings(html, findings.Where(f => !f.Ok).OrderByDescending(f => f.Fails).ThenBy(f => f.Agency, StringComparer.Ordinal)
            .ThenBy(f => f.Later.Year).ThenBy(f => f.Rule, StringComparer.Ordinal).ToArray());
        Charts(html, series, findings);
        html.Close("section");
    }

    private static void Counts(Html html, IReadOnlyList<PanelFinding> findings)
    {
        html.Open("table", ("id", "panel-rules"));
        html.Open("tr").Element("th", "规则 rule").Element("th", "通过 ok", ("class", "n")).Element("th", "未通过 failed", ("class", "n")).Element("th", "性质 kind").Close("tr");
        foreach (var group in findings.GroupBy(f => FailedChecksSection.RuleOf(f.Rule), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var failed = group.Count(f => !f.Ok);
            html.Open("tr", ("data-rule", group.Key)).Element("td", group.Key)
                .Element("td", Html.Num(group.Count(f => f.Ok)), ("class", "n"))
                .Element("td", Html.Num(failed), ("class", "n"), ("data-count", Html.Num(failed)))
                .Element("td", group.First().Severity == PanelSeverity.Failure ? "错误 failure" : "待核 review").Close("tr");
        }
        html.Close("table");
    }

    private static void Findings(Html html, IReadOnlyList<PanelFinding> open)
    {
        if (open.Count == 0)
        {
            html.Element("p", "没有跨年问题 (no panel findings).", ("class", "note"));
            return;
        }
        html.Open("div", ("class", "scroll")).Open("table", ("id", "panel-findings"));
        html.Open("tr").Element("th", "机构 agency").Element("th", "规则 rule").Element("th", "前 earlier").Element("th", "后 later").Element("th", "说明 detail").Close("tr");
        foreach (var f in open.Take(FindingsShown))
        {
            html.Open("tr", ("class", "panel-finding"), ("data-rule", f.Rule))
                .Element("td", f.Agency).Element("td", f.Rule, ("class", f.Fails ? "fail" : "review"));
            Side(html, f.Earlier);
            Side(html, f.Later);
            html.Element("td", f.Detail, ("class", "detail")).Close("tr");
        }
        html.Close("table").Close("div");
        if (open.Count > FindingsShown)
            html.Element("p", $"另有 {open.Count - FindingsShown} 条见 panel.csv ({open.Count - FindingsShown} more in panel.csv).", ("class", "note"));
    }

    private static void Side(Html html, PanelSide side)
    {
        html.Open("td", ("class", "file")).Text($"{side.Year} ");
        if (side.Json is { } json)
            html.Link(json, side.File);
        else
            html.Text(side.File);
        if (side.Value is { } v)
            html.Text(" = ").Element("b", Html.Num(v));
        html.Close("td");
    }

    private static void Charts(Html html, IReadOnlyList<AgencySeries> series, IReadOnlyList<PanelFinding> findings)
    {
        if (series.Count == 0)
            return;
        var byAgency = findings.Where(f => !f.Ok).ToLookup(f => f.Agency, StringComparer.Ordinal);
        var charted = series.OrderByDescending(s => byAgency[s.Agency].Count()).ThenBy(s => s.Key, StringComparer.Ordinal).Take(AgenciesCharted).ToArray();
        html.Element("h3", "各机构逐年 Headline metrics by year");
        html.Open("p", ("class", "legend note"))
            .Element("span", "○ 跳变 jump (>5× or <1/5)", ("class", "jump"))
            .Element("span", "▲ 结转不符 carry-over broken", ("class", "carry"))
            .Element("span", "◆ 同年两份不同 duplicate", ("class", "duplicate"))
            .Element("span", "灰底：缺年 grey: no report that year").Close("p");
        html.Open("div", ("class", "agencies"));
        foreach (var s in charted)
            Agency(html, s, byAgency[s.Agency].ToArray());
        html.Close("div");
        if (series.Count > AgenciesCharted)
            html.Element("p", $"另有 {series.Count - AgenciesCharted} 个机构未画图，数据见 reports.csv ({series.Count - AgenciesCharted} more agencies not charted).", ("class", "note"));
    }

    private static void Agency(Html html, AgencySeries series, IReadOnlyList<PanelFinding> open)
    {
        var years = series.Years;
        var standing = series.Reports.GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => PanelRules.Representative(g));
        var present = years.ToHashSet();
        var axisMarks = open.Where(f => f.Rule.StartsWith("panel.carry_over.", StringComparison.Ordinal) || f.Rule == "panel.duplicate")
            .GroupBy(f => (f.Later.Year, Kind: f.Rule == "panel.duplicate" ? ChartMarkKind.Duplicate : ChartMarkKind.CarryOver))
            .Select(g => new ChartMark(g.Key.Year, g.Key.Kind, string.Join("\n", g.Select(f => f.Detail))))
            .OrderBy(m => m.Year).ThenBy(m => m.Kind).ToArray();
        html.Open("figure", ("class", "agency"), ("data-agency", series.Agency))
            .Element("figcaption", $"{series.Agency}{(series.Region is { } r && r != series.Agency ? $"（{r}）" : "")} · {years[0]}–{years[^1]} · {years.Count} 年");
        html.Open("div", ("class", "multiples"));
        foreach (var key in PanelKeys.Headline)
        {
            var points = Enumerable.Range(years[0], years[^1] - years[0] + 1)
                .Select(y => (y, standing.TryGetValue(y, out var report) && report.Metrics.TryGetValue(key, out var v) ? v : (decimal?)null))
                .ToArray();
            var jumps = open.Where(f => f.Rule == $"panel.jump.{key}").Select(f => new ChartMark(f.Later.Year, ChartMarkKind.Jump, f.Detail));
            var label = PanelKeys.HeadlineLabels.GetValueOrDefault(key, key);
            html.Open("div", ("class", "multiple"), ("data-key", key))
                .Raw(SvgLineChart.Render($"{series.Agency} {label}", points, present, jumps.Concat(axisMarks).ToArray()))
                .Element("div", $"{label} {key}").Close("div");
        }
        html.Close("div").Close("figure");
    }
}
