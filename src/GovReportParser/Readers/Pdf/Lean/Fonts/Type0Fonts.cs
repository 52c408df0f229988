using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>Type 0 fonts as PdfPig's Type0FontHandler, CidFontFactory and Type0Font read them, for Identity encodings.</summary>
internal static class Type0Fonts
{
    /// <summary>The character collections for which PdfPig maps CIDs to text by its own UCS2 CMaps when a font has no ToUnicode.</summary>
    private static readonly string[] CjkOrderings = ["GB1", "CNS1", "Japan1", "Korea1"];

    public static ILeanFont Load(DictionaryToken font, FontTokens tokens)
    {
        var name = font.TryGet(NameToken.BaseFont, out var b) && b is NameToken baseFont
            ? baseFont.Data : throw new LeanUnsupportedException("a Type 0 font without a /BaseFont");
        var encoding = tokens.Get<NameToken>(font, NameToken.Encoding)
            ?? throw new LeanUnsupportedException("a Type 0 font whose /Encoding is not a name (an embedded CMap)");
        var vertical = encoding.Equals(NameToken.IdentityV);
        if (!vertical && !encoding.Equals(NameToken.IdentityH))
            throw new LeanUnsupportedException($"a Type 0 font with the predefined CMap {encoding.Data}");

        var cidFont = Descendant(font, tokens);
        cidFont.TryGet(NameToken.Subtype, out var cidType);
        var isType2 = FontTokens.IsName(cidType, NameToken.CidFontType2);
        if (!isType2 && !FontTokens.IsName(cidType, NameToken.CidFontType0))
            throw new LeanUnsupportedException($"a CIDFont of subtype {(cidType as NameToken)?.Data ?? "(none)"}");
        var metrics = CidMetrics.Read(cidFont, tokens);
        var descriptor = FontDescriptorEntries.Read(
            tokens.Get<DictionaryToken>(cidFont, NameToken.FontDescriptor) ?? throw new LeanUnsupportedException("a CIDFont without a font descriptor"),
            tokens);
        var toUnicode = ReadToUnicode(font, tokens);
        if (toUnicode is null && IsCjk(cidFont, tokens))
            throw new LeanUnsupportedException("a CJK CIDFont without ToUnicode (PdfPig maps it by its UCS2 CMaps)");

        var cidToGid = CidToGidMap.Read(cidFont, tokens); // PdfPig reads it for either subtype, and rejects the font over a bad one
        // only a vertical TrueType CIDFont takes widths from its program (for the default position vector)
        var (ascent, descent, scale, advances) = GlyphSpaceLineBox(descriptor, tokens, readAdvances: vertical && isType2);
        return new LeanType0Font(name, vertical, metrics, toUnicode,
            Math.Abs(ascent) > double.Epsilon ? GlyphSpace.Transform(scale, ascent) : LineBox.DefaultAscent,
            Math.Abs(descent) > double.Epsilon ? GlyphSpace.Transform(scale, descent) : LineBox.DefaultDescent,
            advances is null ? null : cid => advances.Of(cidToGid.Glyph(cid)));
    }

    /// <summary>The first of /DescendantFonts: a reference, or an array whose first element is a reference or a dictionary.</summary>
    private static DictionaryToken Descendant(DictionaryToken font, FontTokens tokens)
    {
        if (!font.TryGet(NameToken.DescendantFonts, out var value))
            throw new LeanUnsupportedException("a Type 0 font without /DescendantFonts");
        var first = value switch
        {
            IndirectReferenceToken r => r,
            ArrayToken { Data.Count: > 0 } a when a.Data[0] is IndirectReferenceToken or DictionaryToken => a.Data[0],
            _ => throw new LeanUnsupportedException("a Type 0 font whose /DescendantFonts is not a font"),
        };
        var cidFont = tokens.Resolve(first) as DictionaryToken ?? throw new LeanUnsupportedException("a descendant font that is not a dictionary");
        if (!(cidFont.TryGet(NameToken.Type, out var type) && FontTokens.IsName(type, NameToken.Font)))
            throw new LeanUnsupportedException("a descendant font whose /Type is not /Font");
        return cidFont;
    }

    /// <summary>
    /// PdfPig's Type 0 ToUnicode: a stream (an empty one is none), or a name of a predefined CMap, which is refused here.
    /// </summary>
    private static ToUnicodeMap? ReadToUnicode(DictionaryToken font, FontTokens tokens)
    {
        if (font.TryGet(NameToken.ToUnicode, out var entry) && tokens.Resolve(entry) is NameToken)
            throw new LeanUnsupportedException("a ToUnicode that names a predefined CMap");
        if (font.TryGet(NameToken.ToUnicode, out entry) && tokens.Resolve(entry) is not StreamToken)
            return null; // PdfPig logs the odd entry and reads the font without a map
        return LeanFonts.ReadToUnicode(font, tokens);
    }

    private static bool IsCjk(DictionaryToken cidFont, FontTokens tokens)
    {
        var info = tokens.Get<DictionaryToken>(cidFont, NameToken.CidSystemInfo)
            ?? throw new LeanUnsupportedException("a CIDFont without /CIDSystemInfo");
        var registry = Text(info, NameToken.Registry, tokens);
        var ordering = Text(info, NameToken.Ordering, tokens);
        return string.Equals(registry, "Adobe", StringComparison.OrdinalIgnoreCase)
            && CjkOrderings.Any(o => string.Equals(ordering, o, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Text(DictionaryToken info, NameToken key, FontTokens tokens) => tokens.Get(info, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        null => null,
        _ => throw new LeanUnsupportedException($"a /CIDSystemInfo /{key.Data} that is not a string"),
    };

    /// <summary>
    /// The descendant's ascent and descent in glyph space and its font matrix's scale: from the hhea table of a TrueType
    /// program (scale 1 / units per em), else from the descriptor (scale 1/1000). PdfPig reads CFF programs but takes
    /// their ascent from the descriptor too, and a program it cannot read it ignores, so only TrueType is looked into.
    /// With <paramref name="readAdvances"/>, also the TrueType program's hmtx advances: PdfPig's Type2CidFont takes a
    /// glyph's width from them when it has them; from any other program (CFF gives none) or none, it takes /W and /DW.
    /// </summary>
    private static (double Ascent, double Descent, double Scale, TrueTypeAdvances? Advances) GlyphSpaceLineBox(
        FontDescriptorEntries descriptor, FontTokens tokens, bool readAdvances)
    {
        var otherwise = (descriptor.Ascent, descriptor.Descent, GlyphSpace.Thousandth, (TrueTypeAdvances?)null);
        if (descriptor.Program is null)
            return otherwise;
        var isTrueType = descriptor.FontFile switch
        {
            FontFileKind.TrueType => true,
            FontFileKind.FromSubtype => FontTokens.IsName(tokens.Get(descriptor.Program.StreamDictionary, NameToken.Subtype), NameToken.OpenType),
            _ => false,
        };
        if (!isTrueType)
            return otherwise;
        var bytes = tokens.Decode(descriptor.Program).Span;
        if (descriptor.FontFile == FontFileKind.TrueType && TrueTypeHeaders.LooksLikeCff(bytes))
            return otherwise;
        var headers = TrueTypeHeaders.Read(bytes);
        return (headers.Ascender, headers.Descender, 1 / (double)headers.UnitsPerEm, readAdvances ? TrueTypeAdvances.Read(bytes) : null);
    }
}
