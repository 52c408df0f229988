namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The text of a simple font's codes: its ToUnicode map first, as every PdfPig simple font does. Where the map has no
/// entry (or there is none) PdfPig goes on to the font's encoding, which may come from the font program; a code that
/// reaches that point throws <see cref="LeanUnsupportedException"/> unless the encoding is known here
/// (<paramref name="byEncoding"/>), so the interpreter falls back to PdfPig for that page instead of guessing.
/// </summary>
internal sealed class SimpleFontText(ToUnicodeMap? toUnicode, Func<int, string?>? byEncoding)
{
    public bool TryGet(int code, out string unicode)
    {
        if (toUnicode is not null && toUnicode.TryGet(code, out unicode))
            return true;
        if (byEncoding is null)
            throw new LeanUnsupportedException($"code {code} not in the font's ToUnicode map, and its encoding is not read here");
        var text = byEncoding(code);
        unicode = text ?? "";
        return text is not null;
    }
}
