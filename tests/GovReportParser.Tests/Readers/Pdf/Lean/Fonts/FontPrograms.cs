using System.Buffers.Binary;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>Made-up font programs, as small as the readers allow: the line box tests need only their headers.</summary>
internal static class FontPrograms
{
    /// <summary>
    /// A TrueType program with one empty glyph: head (<paramref name="unitsPerEm"/>), hhea (ascender, descender),
    /// maxp, loca, glyf, hmtx, and a format 4 cmap mapping nothing, so that PdfPig parses it whole.
    /// </summary>
    public static byte[] TrueType(int unitsPerEm, short ascender, short descender) =>
        TrueType(unitsPerEm, ascender, descender, [(ushort)(unitsPerEm / 2)], glyphs: 1);

    /// <summary>
    /// The same with <paramref name="glyphs"/> empty glyphs and hmtx holding <paramref name="advances"/> (the last
    /// glyphs past them share the last); <paramref name="withHmtx"/> false leaves hmtx out.
    /// </summary>
    public static byte[] TrueType(int unitsPerEm, short ascender, short descender, ushort[] advances, int glyphs, bool withHmtx = true)
    {
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5); // magic number
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), (ushort)unitsPerEm);
        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt32BigEndian(hhea, 0x00010000);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(4), ascender);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(6), descender);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)advances.Length); // numberOfHMetrics
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs);
        var hmtx = new byte[4 * advances.Length + 2 * Math.Max(0, glyphs - advances.Length)];
        for (var i = 0; i < advances.Length; i++)
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), advances[i]);
        var loca = new byte[2 * (glyphs + 1)]; // short offsets, every glyph empty
        var cmap = new byte[] { 0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12,
            0, 4, 0, 24, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0, 1, 0, 0, 0, 0 };
        (string, byte[])[] tables = [("cmap", cmap), ("glyf", []), ("head", head), ("hhea", hhea), ("hmtx", hmtx), ("loca", loca), ("maxp", maxp)];
        return Directory(withHmtx ? tables : tables.Where(t => t.Item1 != "hmtx").ToArray());
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> inside the table <paramref name="tag"/> of a program made here.</summary>
    public static byte[] Patch(byte[] program, string tag, int at, ushort value)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var entry = program.AsSpan(12 + 16 * i, 16);
            if (System.Text.Encoding.ASCII.GetString(entry[..4]) != tag)
                continue;
            BinaryPrimitives.WriteUInt16BigEndian(program.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]) + at), value);
            return program;
        }
        throw new ArgumentException($"no table {tag}");
    }

    private static byte[] Directory(params (string Tag, byte[] Data)[] tables)
    {
        var offset = 12 + 16 * tables.Length;
        var output = new List<byte>(new byte[offset]);
        BinaryPrimitives.WriteUInt32BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output), 0x00010000);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)tables.Length);
        for (var i = 0; i < tables.Length; i++)
        {
            var entry = span.Slice(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(tables[i].Tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)tables[i].Data.Length);
            offset += (tables[i].Data.Length + 3) / 4 * 4;
        }
        foreach (var (_, data) in tables)
        {
            output.AddRange(data);
            output.AddRange(new byte[(4 - data.Length % 4) % 4]);
        }
        return output.ToArray();
    }

    /// <summary>
    /// A CFF program whose Top DICT holds only a FontMatrix (written as CFF reals), or nothing when
    /// <paramref name="matrix"/> is null.
    /// </summary>
    public static byte[] Cff(string[]? matrix)
    {
        var dict = new List<byte>();
        if (matrix is not null)
        {
            foreach (var number in matrix)
                dict.AddRange(Real(number));
            dict.AddRange([12, 7]);
        }
        return [1, 0, 4, 1, 0, 1, 1, 1, 2, (byte)'A', 0, 1, 1, 1, (byte)(dict.Count + 1), .. dict];
    }

    private static byte[] Real(string number)
    {
        var nibbles = number.Select(c => c switch { '.' => 0xA, '-' => 0xE, _ => c - '0' }).Append(0xF).ToList();
        if (nibbles.Count % 2 == 1)
            nibbles.Add(0xF);
        return [30, .. Enumerable.Range(0, nibbles.Count / 2).Select(i => (byte)(nibbles[2 * i] << 4 | nibbles[2 * i + 1]))];
    }
}
