using System.Buffers.Binary;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The advance widths of a TrueType program's hmtx table, in font units, as PdfPig's HorizontalMetricsTable gives them:
/// a glyph past the table's number of hMetrics has the last one's (a monospaced tail). Only the advances are read, never
/// the glyphs. The hMetrics are read from the table's start whatever its length says, as PdfPig reads them; ones past the
/// end of the program are refused (and none at all by <see cref="TrueTypeHeaders"/>).
/// </summary>
internal sealed class TrueTypeAdvances
{
    private readonly ushort[] _advances;

    private TrueTypeAdvances(ushort[] advances) => _advances = advances;

    /// <summary>The advances of a program <see cref="TrueTypeHeaders.Read"/> accepted (so hhea is whole and hMetrics are
    /// not 0); null when it has no hmtx table.</summary>
    public static TrueTypeAdvances? Read(ReadOnlySpan<byte> font)
    {
        var directory = TrueTypeDirectory.Read(font);
        if (!directory.TryGet("hmtx", out var hmtx))
            return null;
        if (!directory.TryGet("hhea", out var hhea) || hhea.Offset + TrueTypeHeaders.HheaLength > font.Length)
            throw new LeanUnsupportedException("a TrueType 'hmtx' table without a whole 'hhea'");
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[(hhea.Offset + TrueTypeHeaders.HheaNumberOfHMetrics)..]);
        if (hmtx.Offset + 4L * count > font.Length)
            throw new LeanUnsupportedException("a TrueType 'hmtx' table past the end of the program");
        var advances = new ushort[count];
        for (var i = 0; i < count; i++)
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(font[(hmtx.Offset + 4 * i)..]);
        return new TrueTypeAdvances(advances);
    }

    /// <summary>The advance of a glyph, in font units (never scaled: PdfPig's CID fonts use it as it is).</summary>
    public double Of(int glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];
}
