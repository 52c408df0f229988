namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A Type 0 font with an Identity-H or Identity-V encoding: two-byte codes, each its own CID. Its values are PdfPig
/// 0.1.16's (Type0Font over Type0CidFont / Type2CidFont): advance /W or /DW over 1000; text from ToUnicode only (PdfPig
/// has no other source for an Identity font outside the CJK collections, which <see cref="LeanFonts"/> refuses without a
/// ToUnicode); line box the descendant's ascent and descent times its font matrix, 0.75 and -0.25 where they are 0.
/// </summary>
internal sealed class LeanType0Font(
    string name, bool vertical, CidMetrics metrics, ToUnicodeMap? toUnicode, double ascent, double descent,
    Func<int, double>? programWidth)
    : ILeanFont
{
    public string? Name => name;

    /// <summary>The font's ToUnicode map, if it has one.</summary>
    public ToUnicodeMap? ToUnicode => toUnicode;

    public bool IsVertical => vertical;

    public double Ascent => ascent;

    public double Descent => descent;

    /// <summary>
    /// Two bytes make a code. A string with an odd last byte is refused: PdfPig pads it with a zero byte, or not, depending
    /// on how its input ends, and such text is broken anyway.
    /// </summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, ref int position, out int length)
    {
        if (position + 1 >= bytes.Length)
            throw new LeanUnsupportedException("a two-byte font shown a string of odd length");
        var code = bytes[position] << 8 | bytes[position + 1];
        position += 2;
        length = 2;
        return code;
    }

    public bool TryGetUnicode(int code, out string unicode)
    {
        if (toUnicode is null)
        {
            unicode = "";
            return false;
        }
        if (toUnicode.NamesIdentity)
        {
            unicode = ((char)code).ToString();
            return true;
        }
        return toUnicode.TryGet(code, out unicode);
    }

    public double Advance(int code) => GlyphSpace.PerThousand(metrics.Width(code));

    /// <summary>
    /// Where /W2 does not give it, the position vector is half the glyph's width and /DW2's position, over -1000: the width
    /// is <paramref name="programWidth"/>'s (a TrueType descendant's hmtx advance, in font units, unscaled as PdfPig
    /// uses it) where there is one, else /W or /DW.
    /// </summary>
    public (double X, double Y) PositionVector(int code)
    {
        const double scale = -GlyphSpace.Thousandth; // PdfPig scales the position vector by -1/1000
        if (metrics.TryGetVertical(code, out var v))
            return (v.VX * scale, v.VY * scale);
        var width = programWidth is null ? metrics.Width(code) : programWidth(code);
        return (width / 2.0 * scale, metrics.DefaultPosition * scale);
    }

    public double VerticalDisplacement(int code) =>
        (metrics.TryGetVertical(code, out var v) ? v.W1Y : metrics.DefaultDisplacement) * GlyphSpace.Thousandth;
}
