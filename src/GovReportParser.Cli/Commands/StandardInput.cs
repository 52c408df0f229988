using GovReportParser.Pipeline;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// A report read from standard input (<c>govreport parse -</c>): its bytes, up to the parser's size limit, and a name
/// whose extension picks the reader by what the bytes start with, since a pipe has no file name.
/// </summary>
internal static class StandardInput
{
    public const string Argument = "-";

    public static (byte[]? Bytes, string Name, string? Error) Read(Stream input)
    {
        var limit = new ReportParserOptions().MaxFileBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                return (null, "stdin", $"over the size limit of {limit / (1024 * 1024)} MiB");
        }
        var bytes = buffer.ToArray();
        return (bytes, "stdin" + ExtensionFor(bytes), null);
    }

    /// <summary>PDF and docx (a zip) by their signatures, HTML by a tag near the start, else text.</summary>
    private static string ExtensionFor(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("%PDF"u8))
            return ".pdf";
        if (span.StartsWith("PK\u0003\u0004"u8))
            return ".docx";
        var head = System.Text.Encoding.Latin1.GetString(span[..Math.Min(span.Length, 2048)]).ToLowerInvariant();
        return head.Contains("<html") || head.Contains("<!doctype html") || head.Contains("<body") ? ".html" : ".txt";
    }
}
