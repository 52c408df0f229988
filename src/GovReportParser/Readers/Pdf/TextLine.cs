namespace GovReportParser.Readers.Pdf;

/// <summary>
/// One visual line of a page: letters on a common baseline, left to right, with the text they spell. Runs separated by a
/// wide gap are separated by tabs in <see cref="Text"/>; <see cref="RunStarts"/> holds the x where each run begins.
/// </summary>
internal sealed record TextLine(string Text, IReadOnlyList<PdfGlyph> Letters, double Left, double Right, double Baseline, double Top, double Bottom, double Size)
{
    public IReadOnlyList<double> RunStarts { get; init; } = [];

    public double Width => Right - Left;

    public double CentreX => (Left + Right) / 2;
}
