using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Type 1 and TrueType fonts with /FirstChar, /Widths and a descriptor, as PdfPig's Type1FontHandler / Type1FontSimple
/// and TrueTypeFontHandler / TrueTypeSimpleFont read them. Fonts PdfPig reads from its own metrics (the standard 14
/// without /Widths) or from a system font (TrueType not embedded) are refused.
/// </summary>
internal static class SimpleFonts
{
    public static ILeanFont LoadType1(DictionaryToken font, FontTokens tokens)
    {
        if (!font.ContainsKey(NameToken.FirstChar) || !font.ContainsKey(NameToken.Widths) || !font.ContainsKey(NameToken.FontDescriptor))
            throw new LeanUnsupportedException("a Type 1 font read from PdfPig's standard 14 metrics");
        var (firstChar, widths) = FirstCharAndWidths(font, tokens);
        var descriptor = Descriptor(font, tokens);
        var isCff = descriptor.Program is { } program
            && program.StreamDictionary.TryGet(NameToken.Subtype, out var s) && FontTokens.IsName(s, NameToken.Type1C);
        if (descriptor.Program is not null)
            RequireUsualMatrix(descriptor.Program, isCff, tokens);
        // the usual matrix [0.001 0 0 0.001 0 0] (the program's, or PdfPig's default)
        var ascent = Math.Abs(descriptor.Ascent) > double.Epsilon ? GlyphSpace.Transform(GlyphSpace.Thousandth, descriptor.Ascent) : LineBox.DefaultAscent;
        var descent = Math.Abs(descriptor.Descent) > double.Epsilon ? GlyphSpace.Transform(GlyphSpace.Thousandth, descriptor.Descent) : LineBox.DefaultDescent;
        var advances = LeanSimpleFont.Advances(firstChar, widths, GlyphSpace.PerThousand, GlyphSpace.PerThousand(descriptor.MissingWidth));
        // without /Encoding PdfPig's Type 1 font has no encoding (unless a Type 1 text program has one) and gives each
        // code as the character of that number
        var byEncoding = !font.ContainsKey(NameToken.Encoding) && (descriptor.Program is null || isCff)
            ? code => char.ConvertFromUtf32(code)
            : (Func<int, string?>?)null;
        return new LeanSimpleFont(Name(font, descriptor, tokens), advances, Text(font, tokens, byEncoding), ascent, descent);
    }

    /// <summary>Enough of a Type 1 program for its font matrix, nearly always: it stands before the glyphs.</summary>
    private const int MatrixPrefix = 8192;

    /// <summary>The program's matrix is looked for in its first bytes, and in the whole program when they do not settle it.</summary>
    private static void RequireUsualMatrix(StreamToken program, bool isCff, FontTokens tokens)
    {
        var prefix = tokens.DecodePrefix(program, MatrixPrefix);
        try
        {
            Type1FontMatrix.RequireUsual(prefix.Span, isCff);
        }
        catch (LeanUnsupportedException) when (prefix.Length == MatrixPrefix)
        {
            Type1FontMatrix.RequireUsual(tokens.Decode(program).Span, isCff);
        }
    }

    public static ILeanFont LoadTrueType(DictionaryToken font, FontTokens tokens)
    {
        if (tokens.Get<NumericToken>(font, NameToken.FirstChar) is null || !font.ContainsKey(NameToken.FontDescriptor)
            || !font.ContainsKey(NameToken.Widths))
            throw new LeanUnsupportedException("a TrueType font read from PdfPig's standard 14 metrics");
        var (firstChar, widths) = FirstCharAndWidths(font, tokens);
        var descriptor = Descriptor(font, tokens);
        var headers = TrueTypeProgram(descriptor, tokens);
        var scale = 1.0 / headers.UnitsPerEm;
        // PdfPig scales widths by its default matrix and takes codes outside /Widths from the program
        var advances = LeanSimpleFont.Advances(firstChar, widths, w => GlyphSpace.Transform(GlyphSpace.Thousandth, w), double.NaN);
        return new LeanSimpleFont(Name(font, descriptor, tokens), advances, Text(font, tokens, byEncoding: null),
            GlyphSpace.Transform(scale, headers.Ascender), GlyphSpace.Transform(scale, headers.Descender));
    }

    private static TrueTypeHeaders TrueTypeProgram(FontDescriptorEntries descriptor, FontTokens tokens)
    {
        var program = descriptor.Program;
        var readable = descriptor.FontFile == FontFileKind.TrueType
            || descriptor.FontFile == FontFileKind.FromSubtype && program is not null
               && FontTokens.IsName(tokens.Get(program.StreamDictionary, NameToken.Subtype), NameToken.OpenType);
        if (program is null || !readable)
            throw new LeanUnsupportedException("a TrueType font without an embedded TrueType program (PdfPig looks for a system font)");
        var bytes = tokens.Decode(program).Span;
        if (TrueTypeHeaders.LooksLikeCff(bytes))
            throw new LeanUnsupportedException("a TrueType font whose program is CFF");
        return TrueTypeHeaders.Read(bytes);
    }

    /// <summary>/FirstChar as PdfPig reads it (a number in place) and /Widths (references followed).</summary>
    internal static (int FirstChar, double[] Widths) FirstCharAndWidths(DictionaryToken font, FontTokens tokens)
    {
        var first = FontTokens.Direct(font, NameToken.FirstChar) ?? throw new LeanUnsupportedException("a /FirstChar that is not a number in place");
        if (FontTokens.Direct(font, NameToken.LastChar) is null)
            throw new LeanUnsupportedException("a /LastChar that is not a number in place");
        var widths = tokens.Get<ArrayToken>(font, NameToken.Widths) ?? throw new LeanUnsupportedException("a /Widths that is not an array");
        return (tokens.Integer(first), widths.Data.Select(tokens.Number).ToArray());
    }

    private static FontDescriptorEntries Descriptor(DictionaryToken font, FontTokens tokens) =>
        FontDescriptorEntries.Read(tokens.Required<DictionaryToken>(font, NameToken.FontDescriptor, "font descriptor"), tokens);

    /// <summary>PdfPig's name of a simple font: /BaseFont, else the descriptor's /FontName ("" when that is absent too).</summary>
    private static string Name(DictionaryToken font, FontDescriptorEntries descriptor, FontTokens tokens) =>
        tokens.Get<NameToken>(font, NameToken.BaseFont)?.Data ?? descriptor.FontName ?? "";

    /// <summary>The font's text: ToUnicode, then <paramref name="byEncoding"/> where that is known to be PdfPig's next source (null: refused).</summary>
    internal static SimpleFontText Text(DictionaryToken font, FontTokens tokens, Func<int, string?>? byEncoding) =>
        new(LeanFonts.ReadToUnicode(font, tokens), byEncoding);
}
