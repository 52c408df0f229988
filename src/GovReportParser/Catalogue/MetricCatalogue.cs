namespace GovReportParser.Catalogue;

/// <summary>
/// Every metric key the parser can state, derived from the table definitions: tables 3, 4 and 2 in printed order, then
/// the keys no table layout fixes. This is the key list of docs/metrics.tsv (<c>govreport keys</c>).
/// </summary>
public static class MetricCatalogue
{
    public static IReadOnlyList<MetricDefinition> All { get; } = Build();

    /// <summary>Metrics users ask for first; each gets its own column in reports.csv.</summary>
    public static IReadOnlyList<string> Headline { get; } =
    [
        .. new[] { Table3.NewReceived, Table3.CarriedOver, Table3.Disclosed, Table3.PartiallyDisclosed, Table3.NotHeld, Table3.ResultTotal, Table3.CarriedForward }
            .Select(r => Table3.Cell(r, Table3.Total)),
        .. Table4.Blocks.Select(b => Table4.Cell(b, Table4.Total)),
        Table4.LitigationTotal, NarrativeMetrics.FeesCharged,
    ];

    private static List<MetricDefinition> Build()
    {
        var all = new List<MetricDefinition>();
        foreach (var row in Table3.Rows)
            foreach (var column in Table3.Columns)
                all.Add(Cell(Table3.Table, Table3.Cell(row, column), row.PrintedPath(Last(row.Templates)), column, row.Templates));
        foreach (var block in Table4.Blocks)
            foreach (var column in Table4.Columns)
                all.Add(Cell(Table4.Table, Table4.Cell(block, column), block.PrintedLabel, column, Templates.Both));
        foreach (var row in Table2.Rows)
            foreach (var template in new[] { Templates.Y2019, Templates.Y2021 })
                foreach (var column in row.ColumnsIn(template) ?? [])
                {
                    var key = MetricKey.Of(Table2.Key, row.Key, column.Key);
                    var index = all.FindIndex(m => m.Key == key);
                    if (index >= 0)
                        all[index] = Merged(all[index], row.PrintedPath(template), column.PrintedLabel, template);
                    else
                        all.Add(Cell(Table2.Table, key, row.PrintedPath(template), column, template));
                }
        all.Add(new MetricDefinition(Table4.LitigationTotal, Table4.Key, Table4.LitigationTotalRowLabel,
            Table4.LitigationTotalLabel, Units.Piece, MetricType.Count, Templates.None, MetricSources.Table | MetricSources.Narrative));
        all.Add(new MetricDefinition(NarrativeMetrics.FeesCharged, null, "信息处理费 / 依申请公开收费金额", "", Units.Yuan,
            MetricType.Amount, Templates.None, MetricSources.Narrative));
        return all;
    }

    private static MetricDefinition Cell(StandardTable table, string key, string rowLabel, TableColumn column, Templates templates) =>
        new(key, table.Key, rowLabel, column.PrintedLabel, column.Unit, column.Type, templates,
            NarrativeMetrics.Keys.Contains(key) ? MetricSources.Table | MetricSources.Narrative : MetricSources.Table);

    /// <summary>A key both templates print, under labels that may differ ("2019: 处理决定数量; 2021: 本年处理决定数量").</summary>
    private static MetricDefinition Merged(MetricDefinition first, string rowLabel, string columnLabel, Templates template)
    {
        string Both(string was, string now) =>
            was == now ? was : $"{TemplateNames.Describe(first.Templates)}: {was}; {TemplateNames.Describe(template)}: {now}";
        return first with { RowLabel = Both(first.RowLabel, rowLabel), ColumnLabel = Both(first.ColumnLabel, columnLabel), Templates = first.Templates | template };
    }

    /// <summary>The later template's labels where a row's printing changed.</summary>
    private static Templates Last(Templates templates) => templates.HasFlag(Templates.Y2021) ? Templates.Y2021 : Templates.Y2019;
}
