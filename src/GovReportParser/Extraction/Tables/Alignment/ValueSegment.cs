namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// A run of values in a table region with nothing but separators inside it, as the tokeniser found it.
/// <see cref="Tokens"/> are its cells one by one (a pipe row keeps its blank cells, so positions hold);
/// <see cref="HardCells"/> are the cells split only at hard separators, for <see cref="CellSplitter"/> when the digits
/// run together. <see cref="LabelBefore"/> is the compact label text between the previous segment and this one.
/// </summary>
internal sealed record ValueSegment(
    IReadOnlyList<string> Tokens,
    IReadOnlyList<string> HardCells,
    string Text,
    int SourceStart,
    int Line,
    string LabelBefore,
    bool StartsGroup,
    bool WholeLine,
    bool IsPipeRow)
{
    /// <summary>A line of one value and nothing else: what a cell-per-line layout is made of.</summary>
    public bool IsSingleCellLine => WholeLine && !IsPipeRow && Tokens.Count == 1;
}
