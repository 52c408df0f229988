namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A simple font (Type 1, TrueType, Type 3): one-byte codes, horizontal. <see cref="LeanFonts"/> works out each code's
/// advance the way PdfPig's font class for that type does, so this only looks them up; a code whose advance PdfPig would
/// take from the font program has none here, and asking for it throws <see cref="LeanUnsupportedException"/>.
/// </summary>
internal sealed class LeanSimpleFont(string? name, double[] advances, SimpleFontText text, double ascent, double descent) : ILeanFont
{
    /// <summary>The number of one-byte codes.</summary>
    public const int Codes = 256;

    public string? Name => name;

    public bool IsVertical => false;

    public double Ascent => ascent;

    public double Descent => descent;

    public int ReadCode(ReadOnlySpan<byte> bytes, ref int position, out int length)
    {
        length = 1;
        return bytes[position++];
    }

    public bool TryGetUnicode(int code, out string unicode) => text.TryGet(code, out unicode);

    public double Advance(int code)
    {
        var advance = (uint)code < Codes ? advances[code] : double.NaN;
        return double.IsNaN(advance)
            ? throw new LeanUnsupportedException($"code {code} of font {name} outside its /Widths (PdfPig takes it from the font program)")
            : advance;
    }

    public (double X, double Y) PositionVector(int code) => throw new LeanUnsupportedException("a simple font has no vertical metrics");

    public double VerticalDisplacement(int code) => throw new LeanUnsupportedException("a simple font has no vertical metrics");

    /// <summary>A table of advances: <paramref name="inRange"/> for the codes /FirstChar and /Widths cover, else <paramref name="outside"/> (NaN: unknown).</summary>
    public static double[] Advances(int firstChar, double[] widths, Func<double, double> inRange, double outside)
    {
        var advances = new double[Codes];
        for (var code = 0; code < Codes; code++)
        {
            var index = (long)code - firstChar;
            advances[code] = index >= 0 && index < widths.Length ? inRange(widths[index]) : outside;
        }
        return advances;
    }
}
