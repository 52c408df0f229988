using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Type 3 fonts as PdfPig's Type3FontHandler and Type3Font read them: advances /Widths (or, outside them, the width of
/// /FontBBox) times /FontMatrix; line box from 0 up to the top of /FontBBox times the matrix (a box of all zeros becomes
/// 0 0 1/a 1/d); name /Name, else "Type3".
/// </summary>
internal static class Type3Fonts
{
    private static readonly NameToken DefaultName = NameToken.Create("Type3");

    public static ILeanFont Load(DictionaryToken font, FontTokens tokens)
    {
        var box = BoundingBox(font);
        var m = Matrix(font, tokens);
        var (a, d, e, f) = (m[0], m[3], m[4], m[5]);
        if (box is (0, 0, 0, 0) && a != 0 && d != 0)
            box = (0, 0, 1 / a, 1 / d);
        var boxWidth = Math.Sqrt((box.X1 - box.X2) * (box.X1 - box.X2));
        var top = Math.Max(box.Y1, box.Y2);
        var (firstChar, widths) = SimpleFonts.FirstCharAndWidths(font, tokens);
        var advances = LeanSimpleFont.Advances(firstChar, widths, w => GlyphSpace.Transform(a, w, e), GlyphSpace.Transform(a, boxWidth, e));
        var name = tokens.Get<NameToken>(font, NameToken.Name) ?? DefaultName;
        // without /Encoding PdfPig's Type 3 font has no text beyond its ToUnicode map
        var byEncoding = font.ContainsKey(NameToken.Encoding) ? null : (Func<int, string?>)(_ => null);
        return new LeanSimpleFont(name.Data, advances, SimpleFonts.Text(font, tokens, byEncoding), GlyphSpace.Transform(d, top, f), 0);
    }

    private static (double X1, double Y1, double X2, double Y2) BoundingBox(DictionaryToken font)
    {
        if (!font.TryGet(NameToken.FontBbox, out var entry))
            throw new LeanUnsupportedException("a Type 3 font without /FontBBox");
        if (entry is not ArrayToken array)
            return (0, 0, 0, 0);
        var n = InPlaceNumbers(array, 4, "/FontBBox");
        return (n[0], n[1], n[2], n[3]);
    }

    private static double[] Matrix(DictionaryToken font, FontTokens tokens)
    {
        var array = tokens.Get<ArrayToken>(font, NameToken.FontMatrix) ?? throw new LeanUnsupportedException("a Type 3 font without an array /FontMatrix");
        return InPlaceNumbers(array, 6, "/FontMatrix");
    }

    /// <summary>The first <paramref name="count"/> elements, which PdfPig reads only as numbers written in place.</summary>
    private static double[] InPlaceNumbers(ArrayToken array, int count, string what)
    {
        if (array.Data.Count < count)
            throw new LeanUnsupportedException($"a {what} with fewer than {count} numbers");
        var numbers = new double[count];
        for (var i = 0; i < count; i++)
            numbers[i] = array.Data[i] is NumericToken n ? n.Double : throw new LeanUnsupportedException($"a {what} element that is not a number in place");
        return numbers;
    }
}
