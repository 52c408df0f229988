using System.Buffers.Binary;

namespace GovReportParser.Batch;

/// <summary>
/// Length-prefixed frames over a pipe: a 4-byte little-endian length, then that many bytes. The only traffic between a
/// batch and its workers.
/// </summary>
internal static class Frames
{
    // A report's JSON is tens of kilobytes; the largest allowed input (64 MiB of text) renders to a few hundred MiB.
    private const int MaxFrameBytes = 1 << 30;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        stream.Write(length);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next frame, or null when the other side closed the pipe (between frames or inside one).</summary>
    public static byte[]? Read(Stream stream)
    {
        Span<byte> length = stackalloc byte[4];
        if (!Fill(stream, length))
            return null;
        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size < 0 || size > MaxFrameBytes)
            throw new InvalidDataException($"frame of {size} bytes");
        var payload = new byte[size];
        return Fill(stream, payload) ? payload : null;
    }

    private static bool Fill(Stream stream, Span<byte> buffer)
    {
        try
        {
            stream.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
