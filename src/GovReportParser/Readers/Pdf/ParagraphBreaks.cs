namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Decides where a new paragraph starts among a document's body lines: a change of type size, a vertical gap wider than the
/// usual line pitch, a first-line indent, a previous line that stopped well short of the right margin, or a short line
/// (a heading) after a finished sentence. Consecutive
/// centred lines of one size (a title set over two lines) stay one paragraph. A page break alone is not a boundary.
/// </summary>
internal sealed class ParagraphBreaks
{
    private const double PitchFactor = 1.4;
    private const double IndentEms = 1.2;
    private const double ShortLineEms = 4.0;
    private const double CentredToleranceEms = 2.0;

    private const string SentenceEnd = "。！？!?";

    private readonly double _left;
    private readonly double _right;
    private readonly Dictionary<int, double> _pitchBySize;

    public ParagraphBreaks(IReadOnlyList<PageContent> pages)
    {
        var lines = pages.SelectMany(p => p.Items).Where(i => !i.IsFurniture && i.Line is not null).Select(i => i.Line!).ToList();
        _left = lines.Count == 0 ? 0 : MostCommon(lines.Select(l => l.Left));
        var rights = lines.Select(l => l.Right).Order().ToArray();
        _right = rights.Length == 0 ? 0 : rights[(int)(rights.Length * 0.9)];
        _pitchBySize = pages.SelectMany(p => Pitches(p)).GroupBy(x => x.Size)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Pitch).Order().ElementAt(g.Count() / 2));
    }

    /// <summary>Whether <paramref name="line"/> starts a paragraph, given the body line before it (null at the start or after a table).</summary>
    public bool StartsParagraph(TextLine? previous, TextLine line, bool samePage)
    {
        if (previous is null || Math.Abs(previous.Size - line.Size) > 1)
            return true;
        var em = line.Size;
        if (IsCentred(previous) && IsCentred(line))
            return false;
        if (samePage && _pitchBySize.TryGetValue(SizeKey(line.Size), out var pitch) && previous.Baseline - line.Baseline > PitchFactor * pitch)
            return true;
        if (line.Left > _left + IndentEms * em && !(previous.Left > _left + IndentEms * em && Math.Abs(previous.Left - line.Left) < em / 2 && !IsShort(previous)))
            return true;
        // A short line after a finished sentence is a paragraph of its own: a heading set flush left without spacing.
        return IsShort(previous) || (IsShort(line) && SentenceEnd.Contains(previous.Text[^1]));
    }

    private bool IsShort(TextLine line) => line.Right < _right - ShortLineEms * line.Size;

    /// <summary>Set in the middle of the text block, away from the left margin: a title or a centred heading.</summary>
    private bool IsCentred(TextLine line)
    {
        double leftGap = line.Left - _left, rightGap = _right - line.Right;
        return leftGap > 2 * line.Size && Math.Abs(leftGap - rightGap) < CentredToleranceEms * line.Size;
    }

    private static IEnumerable<(int Size, double Pitch)> Pitches(PageContent page)
    {
        TextLine? previous = null;
        foreach (var item in page.Items)
        {
            var line = item.IsFurniture ? null : item.Line;
            if (line is not null && previous is not null && Math.Abs(previous.Size - line.Size) <= 1)
                yield return (SizeKey(line.Size), previous.Baseline - line.Baseline);
            previous = line;
        }
    }

    private static int SizeKey(double size) => (int)Math.Round(size);

    private static double MostCommon(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v / 2) * 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Min();
}
