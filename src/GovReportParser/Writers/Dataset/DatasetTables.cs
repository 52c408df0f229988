using GovReportParser.Model;
using GovReportParser.Normalisation;

namespace GovReportParser.Writers.Dataset;

/// <summary>
/// The tables of a batch's dataset — one definition of each table's columns and types, and of the rows an outcome
/// gives it — that every format (CSV, SQLite, Parquet, xlsx) writes. Contract columns come first, in the contract's
/// order; additions follow them. Cells are null (not stated), string, int, decimal or bool, as the column's type says.
/// </summary>
public static class DatasetTables
{
    /// <summary>Metrics users ask for first; each gets its own column in reports.</summary>
    public static IReadOnlyList<string> HeadlineMetrics => StandardTableLayout.HeadlineMetrics;

    public static readonly DatasetTable Reports = new("reports",
    [
        new("file", CellType.Text), new("status", CellType.Text), new("error", CellType.Text), new("title", CellType.Text), new("agency", CellType.Text), new("region", CellType.Text),
        new("year", CellType.Integer), new("template", CellType.Text), new("published", CellType.Text), new("script", CellType.Text),
        .. HeadlineMetrics.Select(k => new DatasetColumn(k, CellType.Number)),
        new("sections", CellType.Integer), new("figures", CellType.Integer), new("metrics", CellType.Integer), new("checks_failed", CellType.Integer), new("warnings", CellType.Integer),
        new("format", CellType.Text), new("encoding", CellType.Text), new("sha256", CellType.Text), new("report_key", CellType.Text), new("text_sha256", CellType.Text),
    ]);

    public static readonly DatasetTable Metrics = new("metrics",
    [
        new("file", CellType.Text), new("key", CellType.Text), new("value", CellType.Number), new("source", CellType.Text), new("table", CellType.Text), new("row", CellType.Text),
        new("column", CellType.Text), new("evidence", CellType.Text), new("line", CellType.Integer), new("page", CellType.Integer),
    ]);

    public static readonly DatasetTable Sections = new("sections",
    [
        new("file", CellType.Text), new("path", CellType.Text), new("level", CellType.Integer), new("number", CellType.Text), new("heading", CellType.Text), new("canonical", CellType.Text),
        new("chars", CellType.Integer), new("line", CellType.Integer),
    ]);

    public static readonly DatasetTable Figures = new("figures",
    [
        new("file", CellType.Text), new("section", CellType.Text), new("value", CellType.Number), new("unit", CellType.Text), new("approx", CellType.Boolean), new("text", CellType.Text),
        new("metric", CellType.Text), new("line", CellType.Integer),
    ]);

    public static readonly DatasetTable Checks = new("checks", [new("file", CellType.Text), new("rule", CellType.Text), new("ok", CellType.Boolean), new("detail", CellType.Text)]);

    public static readonly DatasetTable Warnings = new("warnings", [new("file", CellType.Text), new("code", CellType.Text), new("line", CellType.Integer), new("message", CellType.Text)]);

    /// <summary>
    /// The panel checks across a batch's reports (<c>Panel/PanelTable</c>): one row per finding, with the files and numbers
    /// of both sides. A table of the whole batch, not of one report, so it is not in <see cref="All"/>: it is written
    /// after the reports' tables (<see cref="BatchTables"/>).
    /// </summary>
    public static readonly DatasetTable Panel = new("panel",
    [
        new("agency", CellType.Text), new("region", CellType.Text), new("rule", CellType.Text), new("ok", CellType.Boolean), new("severity", CellType.Text),
        new("year_a", CellType.Integer), new("file_a", CellType.Text), new("value_a", CellType.Number),
        new("year_b", CellType.Integer), new("file_b", CellType.Text), new("value_b", CellType.Number), new("detail", CellType.Text),
    ]);

    /// <summary>Every table, in the order <see cref="DatasetRows"/> holds their rows.</summary>
    public static readonly IReadOnlyList<DatasetTable> All = [Reports, Metrics, Sections, Figures, Checks, Warnings];

    internal static object?[] ReportRow(ParseOutcome o)
    {
        var r = o.Report;
        var info = r?.Info;
        return
        [
            o.File, o.Status, o.Error, info?.Title, info?.Agency, info?.Region, info?.Year, info?.Template, info?.Published, info?.Script,
            .. HeadlineMetrics.Select(k => r is not null && r.Metrics.TryGetValue(k, out var v) ? (object)v : null),
            r?.Sections.Sum(CountSections), r?.Figures.Count, r?.Metrics.Count, r is null ? null : o.FailedChecks, r?.Warnings.Count,
            r?.Source.Format, r?.Source.Encoding, r?.Source.Sha256, info is null ? null : ReportKey.Of(info), r?.Source.TextSha256,
        ];
    }

    internal static IEnumerable<object?[]> MetricRows(ParseOutcome o)
    {
        if (o.Report is not { } r)
            yield break;
        foreach (var (key, value) in r.Metrics)
        {
            var s = r.MetricSources.GetValueOrDefault(key);
            yield return [o.File, key, value, s?.Source, s?.Table, s?.Row, s?.Column, s?.Evidence, s?.Line, s?.Page];
        }
    }

    internal static IEnumerable<object?[]> SectionRows(ParseOutcome o) =>
        o.Report is not { } r ? [] : Walk(r.Sections, "").Select(x => new object?[]
        {
            o.File, x.Path, x.Node.Level, x.Node.Number, x.Node.Heading, x.Node.Canonical, x.Node.Text.Length, x.Node.Line,
        });

    internal static IEnumerable<object?[]> FigureRows(ParseOutcome o) =>
        o.Report?.Figures.Select(f => new object?[] { o.File, f.Section, f.Value, f.Unit, f.Approx, f.Text, f.Metric, f.Line }) ?? [];

    internal static IEnumerable<object?[]> CheckRows(ParseOutcome o) =>
        o.Report?.Checks.Select(c => new object?[] { o.File, c.Rule, c.Ok, c.Detail }) ?? [];

    internal static IEnumerable<object?[]> WarningRows(ParseOutcome o) =>
        o.Report?.Warnings.Select(w => new object?[] { o.File, w.Code, w.Line, w.Message }) ?? [];

    /// <summary>Section paths are 1-based positions joined by dots ("2.1.3"): stable, and unambiguous where numbers repeat.</summary>
    private static IEnumerable<(string Path, SectionNode Node)> Walk(IReadOnlyList<SectionNode> roots, string prefix)
    {
        // An explicit stack: the heading tree of a hostile input can be deep.
        var stack = new Stack<(IReadOnlyList<SectionNode> Nodes, int Next, string Prefix)>();
        stack.Push((roots, 0, prefix));
        while (stack.Count > 0)
        {
            var (nodes, next, at) = stack.Pop();
            if (next >= nodes.Count)
                continue;
            stack.Push((nodes, next + 1, at));
            var path = at.Length == 0 ? $"{next + 1}" : $"{at}.{next + 1}";
            yield return (path, nodes[next]);
            stack.Push((nodes[next].Children, 0, path));
        }
    }

    private static int CountSections(SectionNode root)
    {
        var count = 0;
        var stack = new Stack<SectionNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            count++;
            foreach (var child in node.Children)
                stack.Push(child);
        }
        return count;
    }
}
