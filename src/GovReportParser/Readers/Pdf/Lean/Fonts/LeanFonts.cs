using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Font dictionaries to <see cref="ILeanFont"/>s, without reading font programs (only the two header tables of a
/// TrueType program, for the line box). Every value is the one PdfPig 0.1.16 gives for the same dictionary; a font read
/// otherwise by PdfPig, or whose reading here would be a guess, throws <see cref="LeanUnsupportedException"/>.
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
