using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// Renders a <see cref="Report"/> as the contract's JSON: snake_case names, CJK as characters (not \u escapes), two-space
/// indentation, "\n" line ends, no timestamps — so that reruns are byte-identical.
/// </summary>
public static class JsonReportWriter
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Render(Report report) => JsonSerializer.Serialize(report, Options) + "\n";

    public static byte[] RenderUtf8(Report report)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, Indented = true, IndentSize = 2, NewLine = "\n" }))
            JsonSerializer.Serialize(writer, report, Options);
        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
