using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Font dictionaries to <see cref="ILeanFont"/>s, without reading font programs' glyphs (only the header tables of a
/// TrueType program and the font matrix of a Type 1 program, for the line box, and a vertical TrueType CIDFont's hmtx
/// advances, for its default position vectors). Every value is the one PdfPig 0.1.16
/// gives for the same dictionary; a font read otherwise by PdfPig, or whose reading here would be a guess, throws
/// <see cref="LeanUnsupportedException"/> from <see cref="Load"/>.
/// <para>
/// Some answers are known only per code, so the font's members throw <see cref="LeanUnsupportedException"/> too, and
/// the interpreter must let that refusal through (the page is then read by PdfPig): <see cref="ILeanFont.TryGetUnicode"/>
/// for a simple font's code missing from its ToUnicode map (PdfPig would go on to the encoding, which may be the
/// program's); <see cref="ILeanFont.Advance"/> for a TrueType code outside /Widths (PdfPig reads the program's
/// metrics); <see cref="ILeanFont.ReadCode"/> for a two-byte font shown a string of odd length.
/// TryGetUnicode returning false is exact: PdfPig too has no text for the code (it then shows the code as a char).
/// </para>
/// <para>Loading decodes the ToUnicode stream and, where needed, the program, through the filters given (bounded ones in
/// the reader); a font is meant to be loaded once per document and shared by its pages.</para>
/// </summary>
internal static class LeanFonts
{
    private static readonly NameToken MmType1 = NameToken.Create("MMType1");

    public static ILeanFont Load(DictionaryToken font, IPdfTokenScanner scanner, IFilterProvider filters)
    {
        var tokens = new FontTokens(scanner, filters);
        font.TryGet(NameToken.Subtype, out var subtype); // PdfPig reads it only in place
        if (FontTokens.IsName(subtype, NameToken.Type0))
            return Type0Fonts.Load(font, tokens);
        if (FontTokens.IsName(subtype, NameToken.Type1) || FontTokens.IsName(subtype, MmType1))
            return SimpleFonts.LoadType1(font, tokens);
        if (FontTokens.IsName(subtype, NameToken.TrueType))
            return SimpleFonts.LoadTrueType(font, tokens);
        if (FontTokens.IsName(subtype, NameToken.Type3))
            return Type3Fonts.Load(font, tokens);
        throw new LeanUnsupportedException($"a font of subtype {(subtype as NameToken)?.Data ?? "(none)"}");
    }

    /// <summary>A font's ToUnicode stream, parsed; null when there is none or it is empty (PdfPig then has no map either).</summary>
    internal static ToUnicodeMap? ReadToUnicode(DictionaryToken font, FontTokens tokens)
    {
        if (!font.TryGet(NameToken.ToUnicode, out var entry))
            return null;
        if (tokens.Resolve(entry) is not StreamToken stream)
            throw new LeanUnsupportedException("a /ToUnicode that is not a stream");
        if (stream.Data.IsEmpty)
            return null;
        return ToUnicodeMap.Parse(tokens.Decode(stream).Span);
    }
}
