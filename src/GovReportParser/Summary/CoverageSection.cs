using System.Globalization;
using GovReportParser.Catalogue;
using GovReportParser.Panel;

namespace GovReportParser.Summaries;

/// <summary>
/// For each template that prints tables 3 and 4: how many of its reports state each cell, as a heat map (darker: more
/// reports state it). A pale row is one the parser rarely finds, or reports rarely fill.
/// </summary>
internal static class CoverageSection
{
    public static void Write(Html html, IReadOnlyList<PanelReport> reports)
    {
        html.Open("section", ("id", "coverage")).Element("h2", "表三、表四覆盖 Table 3 and 4 coverage");
        html.Element("p", "每格：该模板的报告中写明此格的份数（颜色越深越多）。Each cell: how many reports of the template state it.", ("class", "note"));
        foreach (var (name, template) in PanelKeys.TableTemplates)
        {
            var ofTemplate = reports.Where(r => r.Template == name).ToArray();
            if (ofTemplate.Length == 0)
                continue;
            var stated = ofTemplate.SelectMany(r => r.Metrics.Keys).GroupBy(k => k, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            html.Element("h3", $"{name} 模板 template ({ofTemplate.Length} 份 reports)");
            HeatMap(html, $"coverage-t3-{name}", "表三 table 3", ofTemplate.Length, stated,
                PanelKeys.Table3Rows(template).Select(r => (r.PrintedLabel(template), r.PrintedPath(template),
                    PanelKeys.Table3PrintedColumns.Select(c => PanelKeys.Table3Cell(r, c)).ToArray())).ToArray(),
                PanelKeys.Table3PrintedColumns.Select(c => c.Label).ToArray());
            HeatMap(html, $"coverage-t4-{name}", "表四 table 4", ofTemplate.Length, stated,
                PanelKeys.Table4Blocks.Select(b => (b.PrintedLabel, b.PrintedLabel, PanelKeys.Table4Columns.Select(c => PanelKeys.Table4Cell(b, c)).ToArray())).ToArray(),
                PanelKeys.Table4Columns.Select(c => c.Label).ToArray());
        }
        html.Close("section");
    }

    private static void HeatMap(Html html, string id, string caption, int total, IReadOnlyDictionary<string, int> stated,
        IReadOnlyList<(string Label, string Path, string[] Keys)> rows, IReadOnlyList<string> columns)
    {
        html.Open("div", ("class", "scroll")).Open("table", ("class", "heat"), ("id", id)).Element("caption", caption);
        html.Open("tr").Element("th", "行 row");
        foreach (var label in columns)
            html.Element("th", label, ("class", "n"));
        html.Close("tr");
        foreach (var (label, path, keys) in rows)
        {
            html.Open("tr").Element("th", label, ("title", path), ("class", "row-label"));
            foreach (var metric in keys)
            {
                var count = stated.GetValueOrDefault(metric);
                html.Element("td", Html.Num(count), ("class", "n"), ("data-key", metric), ("style", Shade(count, total)),
                    ("title", $"{metric}: {count} / {total}"));
            }
            html.Close("tr");
        }
        html.Close("table").Close("div");
    }

    /// <summary>A blue from near white (no report states it) to dark (all do); white text on the dark half.</summary>
    private static string Shade(int count, int total)
    {
        var share = total == 0 ? 0 : (double)count / total;
        var lightness = 97 - share * 60;
        var ink = share > 0.55 ? "#fff" : "#1d2430";
        return $"background:hsl(212,62%,{lightness.ToString("0", CultureInfo.InvariantCulture)}%);color:{ink}";
    }
}
