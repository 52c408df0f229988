namespace GovReportParser.Readers.Pdf;

/// <summary>
/// One drawn character as the reader uses it, in page space (points, origin bottom left): its text, where its baseline
/// starts and ends, its size and a box. The box is the font's line box (descent to ascent over the advance width), not
/// the glyph's outline: nothing the reader decides needs the outline (fake bold, table cells and line tops gave
/// byte-identical reports on every sample, corpus and Chromium-printed PDF with either box), and the line box needs no
/// font program.
/// </summary>
/// <param name="Value">The Unicode text of the glyph (several characters for a ligature or an ActualText span).</param>
/// <param name="FontName">The font's name: fake bold is a glyph drawn twice in the same font.</param>
/// <param name="Upright">Whether the baseline runs left to right along the page's x axis (text set rotated is not read).</param>
internal readonly record struct PdfGlyph(
    string Value,
    string? FontName,
    double X, double Y,
    double EndX, double EndY,
    double Left, double Bottom, double Right, double Top,
    double PointSize,
    bool Upright)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}
