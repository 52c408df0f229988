using GovReportParser.Catalogue;
using GovReportParser.Model;
using GovReportParser.Structure;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Tables 2, 3 and 4 of the 2019 and 2021 templates into metrics, in whatever layout the reader left them: table
/// blocks, tab- or space-separated rows, pipes, one cell per line, or everything run together on one line. Labels are
/// found in printed order on whitespace-free text; the values after each label are split by the separators written or,
/// where digits run together, by the table's own arithmetic (<see cref="CellSplitter"/>, <see cref="Table3ColumnResolver"/>,
/// <see cref="NarrativeCorroboration"/>). A row that cannot be settled is left unstated with a warning.
/// </summary>
public sealed class StandardTableExtractor : IExtractor
{
    private static readonly SumGroups Table3Sums = new([Table3.Columns.Count]);
    private static readonly SumGroups Table4Sums = new([.. Table4.Blocks.Select(_ => Table4.Columns.Count)]);

    /// <summary>Rows table 3 may lack without a warning: 其他处理 is one row in 2019 and three in 2021.</summary>
    private static readonly HashSet<string> OptionalTable3Rows = [Table3.Other.Key, .. Table3.OtherSubRows.Select(r => r.Key)];

    public void Extract(StructuredDocument document, ExtractionResult result, Diagnostics diagnostics)
    {
        var text = TableText.From(document.Document.Blocks);
        var regions = TableRegions.Find(text.Compact);
        if (regions.Table2 >= 0)
            ReadTable2(text, regions, document, result, diagnostics);
        if (regions.Table3 >= 0 || Alignment.Table3Region.Caption(text.Compact, regions) >= 0)
            ReadTable3(text, regions, result, diagnostics);
        if (regions.Table4 >= 0)
            ReadTable4(text, regions, result, diagnostics);
    }

    private static void ReadTable2(TableText text, TableRegions regions, StructuredDocument document, ExtractionResult result,
        Diagnostics diagnostics)
    {
        var region = text.Compact.AsSpan(regions.Table2, regions.Table2End - regions.Table2);
        var template = TemplateDetector.Detect(region) ?? TemplateDetector.Detect(text.Compact) ?? KnownTemplate(document);
        if (template is null)
        {
            if (!region.Contains(Table2.RowHeading, StringComparison.Ordinal))
                return; // 第二十条第（一）项 quoted in prose, not a table
            diagnostics.Warn("table.template", "table 2 found but its template (2019 or 2021) cannot be told from its labels; table 2 not read");
            return;
        }
        var specs = template == TemplateNames.Y2021 ? StandardTables.Table2Rows2021 : StandardTables.Table2Rows2019;
        var located = RowLocator.Locate(text.Compact, regions.Table2, regions.Table2End, specs);
        var rows = RowReader.Read(text, located, regions.Table2End, s => s.Columns!, _ => SumGroups.None);
        Alignment.Table2SingleCells.Fill(text, regions.Table2, Alignment.Table3Region.Table2End(text.Compact, regions), rows, located);
        if (rows.Any(NarrativeCorroboration.IsOpen))
        {
            var narrative = text.Source[..text.ToSource(regions.Table2)] + "\n" + text.Source[text.ToSource(regions.Table4 >= 0 ? regions.Table4 : regions.End)..];
            NarrativeCorroboration.Resolve(rows, specs.ToDictionary(s => s.Key), narrative);
        }
        TableEmitter.Emit(Table2.Key, CanonicalSection.Proactive, rows, text, result, diagnostics);
    }

    private static void ReadTable3(TableText text, TableRegions regions, ExtractionResult result, Diagnostics diagnostics)
    {
        var located = regions.Table3 >= 0 ? RowLocator.Locate(text.Compact, regions.Table3, regions.Table3End, StandardTables.Table3Rows) : [];
        var rows = RowReader.Read(text, located, regions.Table3End, _ => Table3.Columns, _ => Table3Sums);
        Table3ColumnResolver.Resolve(rows);
        var (start, end) = Alignment.Table3Region.Of(text.Compact, regions);
        Alignment.Table3Aligner.Fill(text, start, end, rows, diagnostics);
        if (rows.Count == 0)
            return; // a caption with no table under it
        var missing = StandardTables.Table3Rows.Select(r => r.Key)
            .Where(k => !OptionalTable3Rows.Contains(k) && rows.All(r => r.Key != k)).ToList();
        if (missing.Count > 0)
            diagnostics.Warn("table.row_missing", $"{Table3.Key}: no label found for row(s) {string.Join(", ", missing)}; their cells are unstated");
        TableEmitter.Emit(Table3.Key, CanonicalSection.Requests, rows, text, result, diagnostics);
    }

    private static void ReadTable4(TableText text, TableRegions regions, ExtractionResult result, Diagnostics diagnostics)
    {
        var start = Table4Header.Skip(text.Compact, regions.Table4);
        var run = ValueRun.Read(text.Source, text.ToSource(start), text.Source.Length);
        // Table 4 has one row of values under a two-level header: the row is the table, each column names its block.
        var columns = Table4.Cells;
        var row = Table4Row(run, columns);
        if (!row.Split.IsSettled)
            Alignment.Table4Narrative.Settle(row, text.Source[..text.ToSource(regions.Table2 >= 0 ? regions.Table2 : regions.Table4)]);
        if (!row.Split.IsSettled && Alignment.Table4Values.Read(text, start, row, Table4Sums) is { } read)
            row = read;
        if (row.Run.IsEmpty)
            return;
        TableEmitter.Emit(Table4.Key, CanonicalSection.ReviewLitigation, [row], text, result, diagnostics);
        AddLitigationTotal(row.Label, result.Metrics);
    }

    /// <summary>
    /// Table 4's cells from the values under its header. Written on one line, they are one printed row and their
    /// separators place them. Spread over several lines (one value a line), their order is the text layer's reading
    /// order, which may interleave the header's blocks: what every reading order confirmed by the block totals agrees
    /// on is stated (<see cref="Alignment.Table4Values"/>).
    /// </summary>
    private static ParsedRow Table4Row(ValueRun run, IReadOnlyList<TableColumn> columns)
    {
        var split = CellSplitter.Split(run.Cells, columns.Count, Table4Sums);
        var row = new ParsedRow("", Table4.ValuesRowLabel, columns, run, split);
        if (!split.IsSettled || !run.Text.Contains('\n'))
            return row;
        if (split.Method == SplitResult.OneValueACell)
            return Alignment.Table4Values.Interleaved(row, run with { Cells = split.Candidates[0] }, Table4Sums);
        return Alignment.Table4Values.Violated(split.Candidates[0], Table4Sums)
            ? new ParsedRow("", Table4.ValuesRowLabel, columns, run, SplitResult.Nothing("values over several lines whose block totals do not hold"))
            : row;
    }

    /// <summary>t4.litigation.total: the two litigation blocks' totals, where both are stated.</summary>
    private static void AddLitigationTotal(string rowLabel, MetricSet metrics)
    {
        var parts = Table4.LitigationBlocks.Select(b => (Block: b, Key: Table4.Cell(b, Table4.Total))).ToList();
        var values = new List<decimal>();
        foreach (var part in parts)
        {
            if (!metrics.TryGet(part.Key, out var value))
                return;
            values.Add(value);
        }
        var first = metrics.SourceOf(parts[0].Key);
        metrics.Set(Table4.LitigationTotal, values.Sum(), new MetricSource(MetricSet.TableSource)
        {
            Table = Table4.Key, Row = rowLabel, Column = Table4.LitigationTotalLabel,
            Evidence = string.Join(" + ", parts.Select((p, i) => $"{p.Block.Label} {values[i]}")),
            Line = first?.Line, Page = first?.Page,
        });
    }

    private static string? KnownTemplate(StructuredDocument document) =>
        document.Metadata.Template is TemplateNames.Y2019 or TemplateNames.Y2021 ? document.Metadata.Template : null;
}
