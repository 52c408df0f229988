using System.IO.Compression;
using System.Text;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Writes a PDF file object by object (bodies given as PDF syntax), with a correct cross-reference table, so that tests can
/// make hostile files at test time instead of committing binaries.
/// </summary>
internal sealed class PdfWriter
{
    private readonly List<byte[]?> _objects = [];

    /// <summary>A new object number whose body is set later (objects that refer to each other).</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count;
    }

    public int Add(string body) => Set(Reserve(), body);

    public int Set(int number, string body)
    {
        _objects[number - 1] = Encoding.ASCII.GetBytes(body);
        return number;
    }

    /// <summary>A stream object; <paramref name="compress"/> applies FlateDecode.</summary>
    public int AddStream(byte[] data, bool compress = false, string extraDictionary = "") => SetStream(Reserve(), data, compress, extraDictionary);

    public int SetStream(int number, byte[] data, bool compress = false, string extraDictionary = "")
    {
        var payload = compress ? Deflate(data) : data;
        var head = $"<< /Length {payload.Length}{(compress ? " /Filter /FlateDecode" : "")} {extraDictionary} >>\nstream\n";
        _objects[number - 1] = [.. Encoding.ASCII.GetBytes(head), .. payload, .. "\nendstream"u8];
        return number;
    }

    public byte[] Build(int catalog)
    {
        var output = new MemoryStream();
        output.Write("%PDF-1.7\n"u8);
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets[i] = output.Position;
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(_objects[i] ?? throw new InvalidOperationException($"object {i + 1} was reserved but never set"));
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>zlib format (what FlateDecode means), not raw deflate.</summary>
    public static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            z.Write(data);
        return output.ToArray();
    }
}
