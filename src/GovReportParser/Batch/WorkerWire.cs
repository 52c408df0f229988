using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>How a <see cref="FileJob"/> and its <see cref="FileResult"/> travel in a frame (binary, written and read only here).</summary>
internal static class WorkerWire
{
    public static byte[] Encode(FileJob job) => Encode(w =>
    {
        w.Write(job.InputPath);
        w.Write(job.DisplayName);
        WriteOptional(w, job.JsonPath);
        WriteOptional(w, job.JsonName);
        w.Write(job.RenderCsv);
        w.Write(job.ReturnJson);
    });

    public static FileJob DecodeJob(byte[] frame) => Decode(frame, r => new FileJob(r.ReadString(), r.ReadString())
    {
        JsonPath = ReadOptional(r), JsonName = ReadOptional(r), RenderCsv = r.ReadBoolean(), ReturnJson = r.ReadBoolean(),
    });

    public static byte[] Encode(FileResult result) => Encode(w =>
    {
        w.Write(result.File);
        WriteOptional(w, result.Error);
        w.Write(result.Warnings);
        w.Write(result.FailedChecks);
        w.Write(result.Retire);
        WriteBytes(w, result.Json);
        w.Write(result.Rows?.Tables.Count ?? -1);
        foreach (var table in result.Rows?.Tables ?? [])
            WriteBytes(w, table);
    });

    public static FileResult DecodeResult(byte[] frame) => Decode(frame, r =>
    {
        var result = new FileResult(r.ReadString(), ReadOptional(r))
        {
            Warnings = r.ReadInt32(), FailedChecks = r.ReadInt32(), Retire = r.ReadBoolean(), Json = ReadBytes(r),
        };
        var tables = r.ReadInt32();
        return tables < 0 ? result : result with { Rows = new CsvRows(Enumerable.Range(0, tables).Select(_ => ReadBytes(r)!).ToArray()) };
    });

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            write(writer);
        return buffer.ToArray();
    }

    private static T Decode<T>(byte[] frame, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(frame), System.Text.Encoding.UTF8);
        return read(reader);
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
            w.Write(value);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteBytes(BinaryWriter w, byte[]? bytes)
    {
        w.Write(bytes?.Length ?? -1);
        if (bytes is not null)
            w.Write(bytes);
    }

    private static byte[]? ReadBytes(BinaryReader r)
    {
        var length = r.ReadInt32();
        return length < 0 ? null : r.ReadBytes(length);
    }
}
