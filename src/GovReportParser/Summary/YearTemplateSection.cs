using GovReportParser.Panel;

namespace GovReportParser.Summaries;

/// <summary>Parsed reports counted by year covered × template (narrative, 2019, 2021).</summary>
internal static class YearTemplateSection
{
    public static void Write(Html html, IReadOnlyList<PanelReport> reports)
    {
        var templates = reports.Select(r => r.Template).Distinct().Order(StringComparer.Ordinal).ToArray();
        var years = reports.Select(r => r.Year).Distinct().OrderBy(y => y is null).ThenBy(y => y).ToArray();
        var counts = reports.GroupBy(r => (r.Year, r.Template)).ToDictionary(g => g.Key, g => g.Count());
        html.Open("section", ("id", "years")).Element("h2", "年份 × 模板 Years × templates");
        html.Open("div", ("class", "scroll")).Open("table", ("id", "year-template"));
        html.Open("tr").Element("th", "年份 year");
        foreach (var template in templates)
            html.Element("th", template, ("class", "n"));
        html.Element("th", "合计 total", ("class", "n")).Close("tr");
        foreach (var year in years)
        {
            var label = year is { } y ? Html.Num(y) : "未知 unknown";
            html.Open("tr", ("data-year", label)).Element("th", label);
            foreach (var template in templates)
                html.Element("td", Html.Num(counts.GetValueOrDefault((year, template))), ("class", "n"), ("data-template", template));
            html.Element("td", Html.Num(reports.Count(r => r.Year == year)), ("class", "n")).Close("tr");
        }
        html.Open("tr", ("data-year", "total")).Element("th", "合计 total");
        foreach (var template in templates)
            html.Element("td", Html.Num(reports.Count(r => r.Template == template)), ("class", "n"), ("data-template", template));
        html.Element("td", Html.Num(reports.Count), ("class", "n")).Close("tr");
        html.Close("table").Close("div").Close("section");
    }
}
