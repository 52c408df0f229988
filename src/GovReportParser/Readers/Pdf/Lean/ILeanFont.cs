namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>
/// A font as the text layer needs it: character codes to text and advances, and the line box. No font program is read:
/// positions come from the font dictionary's widths, text from its ToUnicode map or encoding. Units are text space before
/// the font size (the glyph-space width times the font matrix: a width of 500 in a 1/1000 font is 0.5).
/// </summary>
internal interface ILeanFont
{
    /// <summary>The font's name as PdfPig's <c>Letter.FontName</c> gives it (fake bold is a glyph drawn twice in one font).</summary>
    string? Name { get; }

    /// <summary>Whether the font writes top to bottom (a Type 0 font with a -V CMap).</summary>
    bool IsVertical { get; }

    /// <summary>Reads the next character code of a shown string at <paramref name="position"/> and moves past it (1 to 4 bytes).</summary>
    int ReadCode(ReadOnlySpan<byte> bytes, ref int position, out int length);

    /// <summary>The text of a code; false when the font maps it to nothing (PdfPig then shows the code as a char and logs it).</summary>
    bool TryGetUnicode(int code, out string unicode);

    /// <summary>The horizontal advance of a code.</summary>
    double Advance(int code);

    /// <summary>Vertical writing: where the glyph's origin sits relative to the pen (the position vector v).</summary>
    (double X, double Y) PositionVector(int code);

    /// <summary>Vertical writing: how far the pen moves down the page (the y of the displacement vector; negative).</summary>
    double VerticalDisplacement(int code);

    /// <summary>Bottom of the line box (negative below the baseline).</summary>
    double Descent { get; }

    /// <summary>Top of the line box.</summary>
    double Ascent { get; }
}

/// <summary>
/// A font or page shape the text layer does not read (a predefined CJK CMap, a simple font without widths, …): the page is
/// read by PdfPig instead, so what is not supported here costs speed, never text.
/// </summary>
internal sealed class LeanUnsupportedException(string reason) : Exception(reason);
