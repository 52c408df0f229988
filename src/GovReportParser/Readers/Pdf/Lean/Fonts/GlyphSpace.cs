namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Glyph space to text space as PdfPig computes it. Its font classes write the same scaling in two ways, which can differ
/// in the last bit (333 / 1000.0 is not 0.001 * 333), and a value equal to PdfPig's must be computed its way: widths of
/// Type 0 and Type 1 fonts divided by 1000; everything passed through a font matrix multiplied and offset, as
/// TransformationMatrix.TransformX/TransformY do (a * x + e, d * y + f).
/// </summary>
internal static class GlyphSpace
{
    /// <summary>The scale of the usual font matrix [0.001 0 0 0.001 0 0], PdfPig's default for a font without its own.</summary>
    public const double Thousandth = 1 / 1000.0;

    /// <summary>A coordinate through a font matrix's scale and offset.</summary>
    public static double Transform(double scale, double value, double offset = 0) => scale * value + offset;

    /// <summary>A width over 1000, as Type0Font and Type1FontSimple divide it.</summary>
    public static double PerThousand(double width) => width / 1000.0;
}
