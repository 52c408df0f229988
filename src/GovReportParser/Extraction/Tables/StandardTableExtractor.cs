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
    private static readonly SumGroups Table3Sums = new([StandardTables.ApplicantColumns.Count]);
    private static readonly SumGroups Table4Sums = new([5, 5, 5]);
    private const string Table4Label = "行政复议、行政诉讼";

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
            if (!region.Contains("信息内容", StringComparison.Ordinal))
                return; // 第二十条第（一）项 quoted in prose, not a table
            diagnostics.Warn("table.template", "table 2 found but its template (2019 or 2021) cannot be told from its labels; table 2 not read");
            return;
        }
        var specs = template == TemplateDetector.Template2021 ? StandardTables.Table2Rows2021 : StandardTables.Table2Rows2019;
        var located = RowLocator.Locate(text.Compact, regions.Table2, regions.Table2End, specs);
        var rows = RowReader.Read(text, located, regions.Table2End, s => s.Columns!, _ => SumGroups.None);
        Alignment.Table2SingleCells.Fill(text, regions.Table2, Alignment.Table3Region.Table2End(text.Compact, regions), rows, located);
        if (rows.Any(NarrativeCorroboration.IsOpen))
        {
            var narrative = text.Source[..text.ToSource(regions.Table2)] + "\n" + text.Source[text.ToSource(regions.Table4 >= 0 ? regions.Table4 : regions.End)..];
            NarrativeCorroboration.Resolve(rows, specs.ToDictionary(s => s.Key), narrative);
        }
        TableEmitter.Emit("t2", CanonicalSection.Proactive, rows, text, result, diagnostics);
    }

    private static void ReadTable3(TableText text, TableRegions regions, ExtractionResult result, Diagnostics diagnostics)
    {
        var located = regions.Table3 >= 0 ? RowLocator.Locate(text.Compact, regions.Table3, regions.Table3End, StandardTables.Table3Rows) : [];
        var rows = RowReader.Read(text, located, regions.Table3End, _ => StandardTables.ApplicantColumns, _ => Table3Sums);
        Table3ColumnResolver.Resolve(rows);
        var (start, end) = Alignment.Table3Region.Of(text.Compact, regions);
        Alignment.Table3Aligner.Fill(text, start, end, rows, diagnostics);
        if (rows.Count == 0)
            return; // a caption with no table under it
        var missing = StandardTables.Table3Rows.Select(r => r.Key)
            .Where(k => !k.StartsWith("result.other", StringComparison.Ordinal) && rows.All(r => r.Key != k)).ToList();
        if (missing.Count > 0)
            diagnostics.Warn("table.row_missing", $"t3: no label found for row(s) {string.Join(", ", missing)}; their cells are unstated");
        TableEmitter.Emit("t3", CanonicalSection.Requests, rows, text, result, diagnostics);
    }

    private static void ReadTable4(TableText text, TableRegions regions, ExtractionResult result, Diagnostics diagnostics)
    {
        var start = Table4Header.Skip(text.Compact, regions.Table4);
        var run = ValueRun.Read(text.Source, text.ToSource(start), text.Source.Length);
        var columns = StandardTables.Table4Blocks
            .SelectMany(b => StandardTables.Table4Columns.Select(c => new Column($"{b.Key}.{c.Key}", $"{b.Label}/{c.Label}")))
            .ToList();
        // Table 4 has one row of values under a two-level header: the row is the table, each column names its block.
        var row = new ParsedRow("", Table4Label, columns, run, CellSplitter.Split(run.Cells, columns.Count, Table4Sums));
        if (!row.Split.IsSettled && Alignment.Table4Values.Read(text, start, row, Table4Sums) is { } read)
            row = read;
        if (row.Run.IsEmpty)
            return;
        TableEmitter.Emit("t4", CanonicalSection.ReviewLitigation, [row], text, result, diagnostics);
        if (result.Metrics.TryGet("t4.litigation_direct.total", out var direct) && result.Metrics.TryGet("t4.litigation_after_review.total", out var after))
            result.Metrics.Set("t4.litigation.total", direct + after, new MetricSource(MetricSet.TableSource)
            {
                Table = "t4", Row = row.Label, Column = "行政诉讼/总计", Evidence = $"未经复议直接起诉 {direct} + 复议后起诉 {after}",
                Line = result.Metrics.SourceOf("t4.litigation_direct.total")?.Line,
                Page = result.Metrics.SourceOf("t4.litigation_direct.total")?.Page,
            });
    }

    private static string? KnownTemplate(StructuredDocument document) =>
        document.Metadata.Template is TemplateDetector.Template2019 or TemplateDetector.Template2021 ? document.Metadata.Template : null;
}
