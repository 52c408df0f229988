using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A CIDFont's /CIDToGIDMap, read as PdfPig's CidFontFactory reads it for either subtype: absent or any name is the
/// identity; a stream holds two-byte glyph indices, one per CID from 0 (an odd last byte ignored), and a CID past them is
/// glyph 0; anything else makes PdfPig reject the font, so it is refused. Only CIDs 0 to 65535 are kept (an Identity
/// encoding asks for no other).
/// </summary>
internal sealed class CidToGidMap
{
    private const int CidCount = 0x10000;

    private readonly ushort[]? _glyphs;

    private CidToGidMap(ushort[]? glyphs) => _glyphs = glyphs;

    public static CidToGidMap Read(DictionaryToken cidFont, FontTokens tokens)
    {
        if (!cidFont.TryGet(NameToken.CidToGidMap, out var entry))
            return new CidToGidMap(null);
        switch (tokens.Resolve(entry))
        {
            case NameToken:
                return new CidToGidMap(null);
            case StreamToken stream:
                var bytes = tokens.Decode(stream).Span;
                var glyphs = new ushort[Math.Min(bytes.Length / 2, CidCount)];
                for (var i = 0; i < glyphs.Length; i++)
                    glyphs[i] = (ushort)(bytes[2 * i] << 8 | bytes[2 * i + 1]);
                return new CidToGidMap(glyphs);
            default:
                throw new LeanUnsupportedException("a /CIDToGIDMap that is neither a name nor a stream");
        }
    }

    public int Glyph(int cid) => _glyphs is null ? cid : cid >= 0 && cid < _glyphs.Length ? _glyphs[cid] : 0;
}
