using GovReportParser.Extraction.Tables;

namespace GovReportParser.Writers.Dataset;

/// <summary>
/// What the outputs need of the standard tables' vocabulary: the headline metrics of reports, and the rows and columns of
/// tables 3 and 4 for the wide sheets and views. The only place the writers read it from, so that moving to another
/// source of the vocabulary changes this file alone.
/// </summary>
public static class StandardTableLayout
{
    /// <summary>A column of a wide table: its key (the last part of a metric key) and its label as printed.</summary>
    public sealed record WideColumn(string Key, string Label);

    /// <summary>A row of a wide table: the part of the metric key before the column (<c>t3.new_received</c>).</summary>
    public sealed record WideRow(string Prefix, string Key);

    /// <summary>A wide table: rows in printed order, columns in printed order; metric key = row prefix + "." + column key.</summary>
    public sealed record WideTable(string Name, IReadOnlyList<WideRow> Rows, IReadOnlyList<WideColumn> Columns)
    {
        public static string MetricKey(WideRow row, WideColumn column) => $"{row.Prefix}.{column.Key}";
    }

    public static readonly IReadOnlyList<string> HeadlineMetrics =
    [
        "t3.new_received.total", "t3.carried_over.total", "t3.result.disclosed.total", "t3.result.partially_disclosed.total",
        "t3.result.unable.not_held.total", "t3.result.total.total", "t3.carried_forward.total",
        "t4.review.total", "t4.litigation_direct.total", "t4.litigation_after_review.total", "t4.litigation.total", "fees.charged",
    ];

    /// <summary>Table 3: one row per printed row (both templates' rows), the six applicant columns and 总计.</summary>
    public static readonly WideTable Table3 = new("table3",
        StandardTables.Table3Rows.Select(r => new WideRow("t3." + r.Key, r.Key)).ToArray(),
        StandardTables.ApplicantColumns.Select(c => new WideColumn(c.Key, c.Label)).ToArray());

    /// <summary>Table 4: one row per block (行政复议, 行政诉讼 …), its five result columns.</summary>
    public static readonly WideTable Table4 = new("table4",
        StandardTables.Table4Blocks.Select(b => new WideRow("t4." + b.Key, b.Key)).ToArray(),
        StandardTables.Table4Columns.Select(c => new WideColumn(c.Key, c.Label)).ToArray());

    public static readonly IReadOnlyList<WideTable> WideTables = [Table3, Table4];
}
