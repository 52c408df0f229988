using System.Buffers.Binary;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The three numbers PdfPig takes from an embedded TrueType program for the line box: units per em (head) and the
/// ascender and descender (hhea). Only the table directory and those two tables are read, never the glyphs. PdfPig
/// parses the whole program and falls back to the font descriptor when that fails; the tables it requires (head, hhea,
/// maxp, and loca with glyf unless the program has CFF outlines) must be listed, in bounds, and hhea's metric data
/// format must be 0 (PdfPig rejects the program otherwise), with some hMetrics if hmtx is there, or the font is refused — a program broken further inside,
/// which PdfPig would reject, is the one case this cannot see.
/// </summary>
internal readonly record struct TrueTypeHeaders(int UnitsPerEm, short Ascender, short Descender)
{
    /// <summary>hhea as PdfPig reads it: 36 bytes, its metric data format at 32 and its number of hMetrics at 34.</summary>
    internal const int HheaLength = 36, HheaMetricDataFormat = 32, HheaNumberOfHMetrics = 34;

    public static TrueTypeHeaders Read(ReadOnlySpan<byte> font)
    {
        var directory = TrueTypeDirectory.Read(font);
        if (!directory.TryGet("head", out var head) || !directory.TryGet("hhea", out var hhea) || !directory.Has("maxp")
            || !directory.Has("CFF ") && (!directory.Has("loca") || !directory.Has("glyf")))
            throw new LeanUnsupportedException("a TrueType program without a table PdfPig requires");
        if (head.Length < 20 || hhea.Length < 8)
            throw new LeanUnsupportedException($"a TrueType '{(head.Length < 20 ? "head" : "hhea")}' table too short");
        // PdfPig reads all of hhea whatever the table's length says
        if (hhea.Offset + HheaLength > font.Length)
            throw new LeanUnsupportedException("a TrueType 'hhea' table cut short by the end of the program");
        if (BinaryPrimitives.ReadInt16BigEndian(font[(hhea.Offset + HheaMetricDataFormat)..]) != 0)
            throw new LeanUnsupportedException("a TrueType 'hhea' table whose metric data format is not 0");
        // PdfPig looks up an empty glyph's advance to size its box, and with hmtx but no hMetrics that lookup throws
        if (directory.Has("hmtx") && BinaryPrimitives.ReadUInt16BigEndian(font[(hhea.Offset + HheaNumberOfHMetrics)..]) == 0)
            throw new LeanUnsupportedException("a TrueType 'hmtx' table with no hMetrics");
        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font[(head.Offset + 18)..]);
        if (unitsPerEm == 0)
            throw new LeanUnsupportedException("a TrueType program with 0 units per em");
        return new TrueTypeHeaders(unitsPerEm,
            BinaryPrimitives.ReadInt16BigEndian(font[(hhea.Offset + 4)..]), BinaryPrimitives.ReadInt16BigEndian(font[(hhea.Offset + 6)..]));
    }

    /// <summary>The signature PdfPig's CID fonts take for a CFF program inside /FontFile2.</summary>
    public static bool LooksLikeCff(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == 1 && data[1] == 0 && data[2] >= 4 && data[3] is >= 1 and <= 4;
}
