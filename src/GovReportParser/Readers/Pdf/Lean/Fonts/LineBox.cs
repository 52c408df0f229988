namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>The line box PdfPig gives a Type 0 or Type 1 font whose ascent (or descent) is 0.</summary>
internal static class LineBox
{
    public const double DefaultAscent = 0.75, DefaultDescent = -0.25;
}
