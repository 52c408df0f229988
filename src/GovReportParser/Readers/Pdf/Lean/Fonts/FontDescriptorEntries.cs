using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>Which entry of a font descriptor holds its font program.</summary>
internal enum FontFileKind { None, Type1, TrueType, FromSubtype }

/// <summary>
/// What the text layer needs from a font descriptor, read as PdfPig's FontDescriptorFactory reads it: /Ascent, /Descent
/// and /MissingWidth only when written in place as numbers (else 0), /FontName followed through references, and the
/// first of /FontFile, /FontFile2, /FontFile3 present (which must be a reference: PdfPig refuses the font otherwise).
/// </summary>
internal sealed record FontDescriptorEntries(string? FontName, double Ascent, double Descent, double MissingWidth,
    FontFileKind FontFile, StreamToken? Program)
{
    public static FontDescriptorEntries Read(DictionaryToken descriptor, FontTokens tokens)
    {
        var (kind, program) = ReadFontFile(descriptor, tokens);
        return new FontDescriptorEntries(
            tokens.Get<NameToken>(descriptor, NameToken.FontName)?.Data,
            InPlace(descriptor, NameToken.Ascent), InPlace(descriptor, NameToken.Descent), InPlace(descriptor, NameToken.MissingWidth),
            kind, program);
    }

    private static double InPlace(DictionaryToken descriptor, NameToken key) => FontTokens.Direct(descriptor, key)?.Double ?? 0;

    private static (FontFileKind, StreamToken?) ReadFontFile(DictionaryToken descriptor, FontTokens tokens)
    {
        foreach (var (key, kind) in new[] { (NameToken.FontFile, FontFileKind.Type1), (NameToken.FontFile2, FontFileKind.TrueType), (NameToken.FontFile3, FontFileKind.FromSubtype) })
        {
            if (!descriptor.TryGet(key, out var entry))
                continue;
            if (entry is not IndirectReferenceToken)
                throw new LeanUnsupportedException($"a /{key.Data} that is not a reference");
            return (kind, tokens.Resolve(entry) as StreamToken);
        }
        return (FontFileKind.None, null);
    }
}
