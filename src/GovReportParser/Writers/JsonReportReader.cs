using System.Text.Json;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// Reads a report's JSON (as <see cref="JsonReportWriter"/> renders it) back into a <see cref="Report"/>, through the same
/// generated context, so that what is read renders again byte for byte. For tools that go on from files already written
/// (isolated workers, resumed batches).
/// </summary>
public static class JsonReportReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = JsonReportWriter.MaxDepth };

    /// <summary>The report in <paramref name="utf8Json"/>; a <see cref="JsonException"/> when it is not one.</summary>
    public static Report Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        return JsonSerializer.Deserialize(ref reader, ReportJsonContext.Default.Report)
            ?? throw new JsonException("the JSON holds null, not a report");
    }

    public static Report Read(string json) => Read(System.Text.Encoding.UTF8.GetBytes(json));

    public static Report ReadFile(string path) => Read(File.ReadAllBytes(path));
}
