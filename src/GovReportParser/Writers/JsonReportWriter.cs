using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// Renders a <see cref="Report"/> as the contract's JSON: snake_case names, CJK as characters (not \u escapes), two-space
/// indentation, "\n" line ends, no timestamps — so that reruns are byte-identical. The serializer code is generated at
/// compile time (<see cref="ReportJsonContext"/>): a batch renders thousands of reports, and reflection-driven
/// serialization cost as much as parsing a table.
/// </summary>
public static class JsonReportWriter
{
    // The encoder lives on the writer, not on the serializer options: generated code takes its fast path only with
    // options that set no encoder.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2, NewLine = "\n", MaxDepth = MaxDepth,
    };

    /// <summary>The deepest nesting written (the framework's default), and so the deepest <see cref="JsonReportReader"/> reads.</summary>
    internal const int MaxDepth = 1000;

    // One growing buffer per thread: a report's JSON is tens of kilobytes, and a fresh buffer each time was the
    // largest single allocation of a batch.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    private const int MaxKeptBuffer = 1024 * 1024;

    public static string Render(Report report) => Render(report, bytes => System.Text.Encoding.UTF8.GetString(bytes));

    public static byte[] RenderUtf8(Report report) => Render(report, bytes => bytes.ToArray());

    /// <summary>Renders the report straight into a file, whole or not at all (<see cref="AtomicFile"/>).</summary>
    public static void WriteFile(string path, Report report) => Render(report, bytes =>
    {
        AtomicFile.WriteAllBytes(path, bytes);
        return true;
    });

    /// <summary>Renders into a reused buffer and hands the bytes to <paramref name="use"/>, which must not keep them.</summary>
    public static T Render<T>(Report report, Func<ReadOnlySpan<byte>, T> use)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            JsonSerializer.Serialize(writer, report, ReportJsonContext.Default.Report);
        buffer.Write("\n"u8);
        var result = use(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKeptBuffer)
            _buffer = null; // a huge report's buffer is not kept for the rest of the batch
        return result;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true, IndentSize = 2, NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    // Metadata as well as the serialization fast path: JsonReportReader reads the same contract back.
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(Report))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
