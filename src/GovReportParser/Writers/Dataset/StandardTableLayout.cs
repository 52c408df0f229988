using GovReportParser.Catalogue;

namespace GovReportParser.Writers.Dataset;

/// <summary>
/// What the outputs need of the standard tables' vocabulary (<see cref="MetricCatalogue"/>): the headline metrics of
/// reports, and the rows and columns of tables 3 and 4 for the wide sheets and views. The only place the writers read it.
/// </summary>
public static class StandardTableLayout
{
    /// <summary>A column of a wide table: its key (the last part of a metric key) and its label as printed.</summary>
    public sealed record WideColumn(string Key, string Label);

    /// <summary>A row of a wide table: the metric key before the column (<c>t3.new_received</c>), its key, its printed label.</summary>
    public sealed record WideRow(string Prefix, string Key, string Label);

    /// <summary>A wide table: rows in printed order, columns in printed order; metric key = row prefix + "." + column key.</summary>
    public sealed record WideTable(string Name, IReadOnlyList<WideRow> Rows, IReadOnlyList<WideColumn> Columns)
    {
        public static string MetricKey(WideRow row, WideColumn column) => $"{row.Prefix}.{column.Key}";
    }

    public static IReadOnlyList<string> HeadlineMetrics => MetricCatalogue.Headline;

    /// <summary>Table 3: one row per printed row with values (both templates' rows), the six applicant columns and 总计.</summary>
    public static readonly WideTable Table3 = new("table3",
        Catalogue.Table3.Rows.Select(r => new WideRow($"{Catalogue.Table3.Key}.{r.Key}", r.Key, r.PrintedLabel(Templates.Both))).ToArray(),
        Catalogue.Table3.Columns.Select(c => new WideColumn(c.Key, c.Label)).ToArray());

    /// <summary>Table 4: one row per block (行政复议, 行政诉讼/未经复议直接起诉 …), its five result columns.</summary>
    public static readonly WideTable Table4 = new("table4",
        Catalogue.Table4.Blocks.Select(b => new WideRow($"{Catalogue.Table4.Key}.{b.Key}", b.Key, b.PrintedLabel)).ToArray(),
        Catalogue.Table4.Columns.Select(c => new WideColumn(c.Key, c.Label)).ToArray());

    public static readonly IReadOnlyList<WideTable> WideTables = [Table3, Table4];
}
