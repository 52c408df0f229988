using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>One row as read: its label as written, the values after it, and the cells they were split into.</summary>
internal sealed class ParsedRow(string key, string label, IReadOnlyList<TableColumn> columns, ValueRun run, SplitResult split)
{
    public string Key { get; } = key;
    public string Label { get; } = label;
    public IReadOnlyList<TableColumn> Columns { get; } = columns;
    public ValueRun Run { get; } = run;
    public SplitResult Split { get; set; } = split;

    /// <summary>How the cells were settled when the row's own separators or arithmetic did not do it alone.</summary>
    public string? SettledBy { get; set; }

    /// <summary>Columns left blank in <see cref="Cells"/> because the readings that settled the row differ there.</summary>
    public IReadOnlyList<int> Unsure { get; init; } = [];

    public IReadOnlyList<string>? Cells => Split.IsSettled ? Split.Candidates[0] : null;

    public decimal? ValueAt(int column) => Cells is { } cells ? CellText.Value(cells[column]) : null;

    public void Settle(IReadOnlyList<string> cells, string by)
    {
        Split = new SplitResult([cells], Split.Method);
        SettledBy = by;
    }
}
