using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Writes what a table stated: a metric per settled cell that states a value (with its table, row, column and line),
/// the grid as read for the audit trail, and a warning for each row left unstated with the candidates it had.
/// </summary>
internal static class TableEmitter
{
    public static void Emit(string kind, string section, IReadOnlyList<ParsedRow> rows, TableText text,
        ExtractionResult result, Diagnostics diagnostics)
    {
        if (rows.Count == 0)
            return;
        var grid = new List<IReadOnlyList<string>> { Header(rows) };
        foreach (var row in rows)
        {
            var block = text.BlockAt(row.Run.SourceStart);
            var line = block?.Source.Line;
            grid.Add([row.Label, .. row.Cells ?? (row.Run.Text.Length > 0 ? [row.Run.Text] : [])]);
            if (row.Cells is { } cells)
                for (var i = 0; i < cells.Count; i++)
                    if (CellText.ValueIn(cells[i], row.Columns[i].Unit) is { } value)
                        result.Metrics.Set(MetricKey.Of(kind, row.Key, row.Columns[i].Key), value, new MetricSource(MetricSet.TableSource)
                        {
                            Table = kind, Row = row.Label, Column = row.Columns[i].Label, Line = line, Page = block?.Source.Page,
                            Evidence = row.SettledBy is null ? row.Run.Text : $"{row.Run.Text} (split by {row.SettledBy})",
                        });
            if (row.Cells is null && row.Split.Candidates.Count != 1 && row.Run.Text.Length > 0)
                diagnostics.Warn("table.unsplit", Describe(kind, row), line);
            if (row.Cells is not null && row.Unsure.Count > 0)
                diagnostics.Warn("table.unaligned", $"{kind} row '{row.Label}', read by {row.SettledBy}: they differ in "
                    + $"{string.Join(", ", row.Unsure.Select(i => row.Columns[i].Label))}; left unstated", line);
        }
        var first = text.BlockAt(rows[0].Run.SourceStart)?.Source;
        result.Tables.Add(new TableOutput(kind, section, grid) { Line = first?.Line, Page = first?.Page });
    }

    private static IReadOnlyList<string> Header(IReadOnlyList<ParsedRow> rows) =>
        ["", .. rows.OrderByDescending(r => r.Columns.Count).First().Columns.Select(c => c.Label)];

    private static string Describe(string kind, ParsedRow row)
    {
        var values = row.Run.Text.Length > 60 ? row.Run.Text[..60] + "…" : row.Run.Text;
        var what = $"{kind} row '{row.Label}': values '{values}' do not split into {row.Columns.Count} cells unambiguously";
        return row.Split.Candidates.Count switch
        {
            0 => $"{what} ({row.Split.Why ?? "no split satisfies the row's arithmetic"}); left unstated",
            _ => $"{what}; candidates {string.Join("; ", row.Split.Candidates.Take(6).Select(c => string.Join("|", c)))}"
                 + (row.Split.Candidates.Count > 6 || row.Split.Truncated ? " …" : "") + "; left unstated",
        };
    }
}
