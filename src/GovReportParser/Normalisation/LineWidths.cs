using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// The usual width of a document's lines, in display columns (Han and full-width forms 2, others 1), so that the lines a
/// hard wrap filled can be told from short ones (titles, names, the last line of a paragraph). The usual width is the
/// upper quartile of the prose lines (those with clause punctuation): a page's navigation, breadcrumb and title lines
/// are short and would make a title look full. A line within 15 % of it is full.
/// </summary>
internal sealed class LineWidths
{
    private const double FullShare = 0.85;

    /// <summary>Fewer prose lines than this say nothing about the wrap width; then every line with Han is counted.</summary>
    private const int MinProseLines = 3;
    private readonly double _usual;

    private LineWidths(double usual) => _usual = usual;

    public static LineWidths Of(IReadOnlyList<Block> blocks)
    {
        var lines = blocks.Where(b => b.Kind == BlockKind.Line && !LineShape.IsTableRow(b.Text) && b.Text.Any(Han.Is)).ToArray();
        var prose = lines.Where(b => LineShape.HasProsePunctuation(b.Text)).ToArray();
        var widths = (prose.Length >= MinProseLines ? prose : lines).Select(b => Columns(b.Text)).Order().ToArray();
        return new LineWidths(widths.Length == 0 ? double.MaxValue : widths[(int)(widths.Length * 0.75)]);
    }

    public bool IsFull(string text) => Columns(text) >= FullShare * _usual;

    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
            columns += c >= '\u1100' && !char.IsLowSurrogate(c) ? 2 : 1;
        return columns;
    }
}
