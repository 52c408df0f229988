using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovReportParser.Tests.Readers.Docx;

/// <summary>Hostile .docx files made at test time: compressed bombs (honest or lying headers) and deep run nesting.</summary>
internal static class HostileDocx
{
    private const string Head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private const string Tail = "</w:body></w:document>";

    /// <summary>A document.xml of at least <paramref name="inflatedBytes"/> bytes of one paragraph repeated, deflated.</summary>
    public static byte[] Bomb(long inflatedBytes)
    {
        var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>本年收到依申请公开信息五条。</w:t></w:r></w:p>");
        var chunk = new byte[64 * 1024 / paragraph.Length * paragraph.Length];
        for (var i = 0; i < chunk.Length; i += paragraph.Length)
            paragraph.CopyTo(chunk, i);
        return Zip(stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes(Head));
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
                stream.Write(chunk);
            stream.Write(Encoding.UTF8.GetBytes(Tail));
        });
    }

    /// <summary>
    /// <see cref="Bomb"/> whose local and central headers declare <paramref name="declaredBytes"/> as the inflated size,
    /// as a crafted zip can.
    /// </summary>
    public static byte[] LyingBomb(long inflatedBytes, uint declaredBytes) => LyingBomb(Bomb(inflatedBytes), declaredBytes);

    /// <summary>A copy of a one-entry zip whose headers declare <paramref name="declaredBytes"/> as the inflated size.</summary>
    public static byte[] LyingBomb(byte[] bomb, uint declaredBytes)
    {
        var zip = bomb.ToArray();
        Patch(zip, 0x04034b50, 22, declaredBytes); // local file header: uncompressed size
        Patch(zip, 0x02014b50, 24, declaredBytes); // central directory header: uncompressed size
        return zip;
    }

    /// <summary>One paragraph whose text sits inside <paramref name="depth"/> nested runs.</summary>
    public static byte[] NestedRuns(int depth, string text)
    {
        var xml = new StringBuilder(Head).Append("<w:p>");
        for (var i = 0; i < depth; i++)
            xml.Append("<w:r>");
        xml.Append("<w:t>").Append(text).Append("</w:t>");
        for (var i = 0; i < depth; i++)
            xml.Append("</w:r>");
        var bytes = Encoding.UTF8.GetBytes(xml.Append("</w:p>").Append(Tail).ToString());
        return Zip(stream => stream.Write(bytes));
    }

    private static byte[] Zip(Action<Stream> writeDocument)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            writeDocument(entry);
        }
        return memory.ToArray();
    }

    /// <summary>Overwrites a 32-bit field of every header with the given signature (a single-entry zip has one of each).</summary>
    private static void Patch(byte[] zip, uint signature, int offset, uint value)
    {
        var patched = 0;
        for (var i = 0; i + offset + 4 <= zip.Length; i++)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == signature)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + offset), value);
                patched++;
            }
        if (patched == 0)
            throw new InvalidOperationException($"no header {signature:X8}");
    }
}
