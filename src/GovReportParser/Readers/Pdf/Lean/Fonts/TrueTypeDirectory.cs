using System.Buffers.Binary;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The table directory of a TrueType (or OpenType) program, read as PdfPig's TrueTypeFontParser reads it: tags compared
/// without regard to case, a later entry for a tag replacing an earlier one, empty tables skipped (except glyf, which may
/// be empty). A program of an unknown version, or with a table past its end, is refused.
/// </summary>
internal sealed class TrueTypeDirectory
{
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.OrdinalIgnoreCase);

    public static TrueTypeDirectory Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
            throw new LeanUnsupportedException("a TrueType program too short for its table directory");
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565 or 0x4F54544F)) // 1.0, 'true', 'OTTO'
            throw new LeanUnsupportedException("a TrueType program of an unknown version");
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (12 + count * 16 > font.Length)
            throw new LeanUnsupportedException("a TrueType table directory past the end of the program");
        var directory = new TrueTypeDirectory();
        for (var i = 0; i < count; i++)
        {
            var entry = font.Slice(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (length == 0 && !string.Equals(tag, "glyf", StringComparison.OrdinalIgnoreCase))
                continue;
            if ((long)offset + length > font.Length)
                throw new LeanUnsupportedException($"a TrueType '{tag}' table past the end of the program");
            directory._tables[tag] = ((int)offset, (int)length);
        }
        return directory;
    }

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public bool TryGet(string tag, out (int Offset, int Length) table) => _tables.TryGetValue(tag, out table);
}
