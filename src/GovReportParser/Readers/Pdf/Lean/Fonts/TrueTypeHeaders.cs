using System.Buffers.Binary;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The three numbers PdfPig takes from an embedded TrueType program for the line box: units per em (head) and the
/// ascender and descender (hhea). Only the table directory and those two tables are read, never the glyphs. PdfPig
/// parses the whole program and falls back to the font descriptor when that fails; the tables it requires (head, hhea,
/// maxp, and loca with glyf unless the program has CFF outlines) must be listed, in bounds, or the font is refused — a
/// program broken further inside, which PdfPig would reject, is the one case this cannot see.
/// </summary>
internal readonly record struct TrueTypeHeaders(int UnitsPerEm, short Ascender, short Descender)
{
    public static TrueTypeHeaders Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
            throw new LeanUnsupportedException("a TrueType program too short for its table directory");
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565 or 0x4F54544F)) // 1.0, 'true', 'OTTO'
            throw new LeanUnsupportedException("a TrueType program of an unknown version");
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (12 + tables * 16 > font.Length)
            throw new LeanUnsupportedException("a TrueType table directory past the end of the program");
        int head = -1, hhea = -1;
        bool maxp = false, loca = false, glyf = false, cff = false;
        for (var i = 0; i < tables; i++)
        {
            var entry = font.Slice(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (length == 0 && tag != "glyf")
                continue; // PdfPig skips empty tables
            if ((long)offset + length > font.Length)
                throw new LeanUnsupportedException($"a TrueType '{tag}' table past the end of the program");
            switch (tag)
            {
                case "head" when length >= 20: head = (int)offset; break;
                case "hhea" when length >= 8: hhea = (int)offset; break;
                case "head" or "hhea": throw new LeanUnsupportedException($"a TrueType '{tag}' table too short");
                case "maxp": maxp = true; break;
                case "loca": loca = true; break;
                case "glyf": glyf = true; break;
                case "CFF ": cff = true; break;
            }
        }
        if (head < 0 || hhea < 0 || !maxp || !cff && (!loca || !glyf))
            throw new LeanUnsupportedException("a TrueType program without a table PdfPig requires");
        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font[(head + 18)..]);
        if (unitsPerEm == 0)
            throw new LeanUnsupportedException("a TrueType program with 0 units per em");
        return new TrueTypeHeaders(unitsPerEm,
            BinaryPrimitives.ReadInt16BigEndian(font[(hhea + 4)..]), BinaryPrimitives.ReadInt16BigEndian(font[(hhea + 6)..]));
    }

    /// <summary>The signature PdfPig's CID fonts take for a CFF program inside /FontFile2.</summary>
    public static bool LooksLikeCff(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == 1 && data[1] == 0 && data[2] >= 4 && data[3] is >= 1 and <= 4;
}
