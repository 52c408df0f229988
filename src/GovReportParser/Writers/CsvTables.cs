using System.Globalization;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// The five CSV tables of the contract as pure functions from an outcome to rows; the column lists are the headers.
/// Contract columns come first, in the contract's order; additions follow them.
/// </summary>
public static class CsvTables
{
    /// <summary>Metrics users ask for first (<see cref="MetricCatalogue.Headline"/>); each gets its own column in reports.csv.</summary>
    public static readonly IReadOnlyList<string> HeadlineMetrics = MetricCatalogue.Headline;

    public static readonly string[] ReportColumns =
    [
        "file", "status", "error", "title", "agency", "region", "year", "template", "published", "script",
        .. HeadlineMetrics, "sections", "figures", "metrics", "checks_failed", "warnings", "format", "encoding", "sha256",
    ];

    public static readonly string[] MetricColumns = ["file", "key", "value", "source", "table", "row", "column", "evidence", "line", "page"];
    public static readonly string[] SectionColumns = ["file", "path", "level", "number", "heading", "canonical", "chars", "line"];
    public static readonly string[] FigureColumns = ["file", "section", "value", "unit", "approx", "text", "metric", "line"];
    public static readonly string[] CheckColumns = ["file", "rule", "ok", "detail"];

    public static string[] ReportRow(ParseOutcome o)
    {
        var r = o.Report;
        var info = r?.Info;
        return
        [
            o.File, o.Status, o.Error ?? "", info?.Title ?? "", info?.Agency ?? "", info?.Region ?? "", Str(info?.Year),
            info?.Template ?? "", info?.Published ?? "", info?.Script ?? "",
            .. HeadlineMetrics.Select(k => r is not null && r.Metrics.TryGetValue(k, out var v) ? Num(v) : ""),
            Str(r?.Sections.Sum(CountSections)), Str(r?.Figures.Count), Str(r?.Metrics.Count), Str(r is null ? null : o.FailedChecks),
            Str(r?.Warnings.Count), r?.Source.Format ?? "", r?.Source.Encoding ?? "", r?.Source.Sha256 ?? "",
        ];
    }

    public static IEnumerable<string[]> MetricRows(ParseOutcome o)
    {
        if (o.Report is not { } r)
            yield break;
        foreach (var (key, value) in r.Metrics)
        {
            var s = r.MetricSources.GetValueOrDefault(key);
            yield return [o.File, key, Num(value), s?.Source ?? "", s?.Table ?? "", s?.Row ?? "", s?.Column ?? "", s?.Evidence ?? "", Str(s?.Line), Str(s?.Page)];
        }
    }

    public static IEnumerable<string[]> SectionRows(ParseOutcome o)
    {
        if (o.Report is not { } r)
            return [];
        return Walk(r.Sections, "").Select(x => new[]
        {
            o.File, x.Path, Str(x.Node.Level), x.Node.Number, x.Node.Heading, x.Node.Canonical ?? "", Str(x.Node.Text.Length), Str(x.Node.Line),
        });
    }

    public static IEnumerable<string[]> FigureRows(ParseOutcome o) =>
        o.Report?.Figures.Select(f => new[] { o.File, f.Section ?? "", Num(f.Value), f.Unit, f.Approx ? "true" : "false", f.Text, f.Metric ?? "", Str(f.Line) }) ?? [];

    public static IEnumerable<string[]> CheckRows(ParseOutcome o) =>
        o.Report?.Checks.Select(c => new[] { o.File, c.Rule, c.Ok ? "true" : "false", c.Detail }) ?? [];

    /// <summary>Section paths are 1-based positions joined by dots ("2.1.3"): stable, and unambiguous where numbers repeat.</summary>
    private static IEnumerable<(string Path, SectionNode Node)> Walk(IReadOnlyList<SectionNode> nodes, string prefix)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = prefix.Length == 0 ? $"{i + 1}" : $"{prefix}.{i + 1}";
            yield return (path, nodes[i]);
            foreach (var child in Walk(nodes[i].Children, path))
                yield return child;
        }
    }

    private static int CountSections(SectionNode n) => 1 + n.Children.Sum(CountSections);

    private static string Str(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Num(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}
