using System.Reflection;
using System.Text.Json;

namespace GovReportParser.Batch.Parts;

/// <summary>
/// <c>part.json</c>, what a part folder says of itself, so that <c>collect</c> merges only parts of one run: the shard,
/// the counts of its rows, the table formats, CSV byte-order mark and reports per database transaction and Parquet row
/// group (a merge cuts the same windows), whether summary.html was asked for, the list it
/// was cut from (its entry count and SHA-256) and the version of the tool that wrote it.
/// </summary>
public sealed record PartManifest(Shard Shard, int Inputs, int Parsed, int Failed, int Skipped, IReadOnlyList<string> Formats, bool ByteOrderMark,
    int ReportsPerWindow, bool Summary, int ListEntries, string ListSha256, string Version)
{
    public const string FileName = "part.json";
    public const string Schema = "govreport-part/1";

    /// <summary>This build's version, in full (with its source revision when the build knows it): parts of two builds are not merged.</summary>
    public static string CurrentVersion { get; } =
        typeof(PartManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public byte[] Render()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("shard", Shard.ToString());
            json.WriteNumber("index", Shard.Index);
            json.WriteNumber("count", Shard.Count);
            json.WriteNumber("inputs", Inputs);
            json.WriteNumber("parsed", Parsed);
            json.WriteNumber("failed", Failed);
            json.WriteNumber("skipped", Skipped);
            json.WriteStartArray("formats");
            foreach (var format in Formats)
                json.WriteStringValue(format);
            json.WriteEndArray();
            json.WriteBoolean("byte_order_mark", ByteOrderMark);
            json.WriteNumber("reports_per_window", ReportsPerWindow);
            json.WriteBoolean("summary", Summary);
            json.WriteNumber("list_entries", ListEntries);
            json.WriteString("list_sha256", ListSha256);
            json.WriteString("version", Version);
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a part.json; throws <see cref="InvalidDataException"/> saying what is wrong with it.</summary>
    public static PartManifest Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("schema").GetString() != Schema)
                throw new InvalidDataException($"{FileName} is not a govreport part manifest");
            var shard = new Shard(root.GetProperty("index").GetInt32(), root.GetProperty("count").GetInt32());
            return new PartManifest(shard, root.GetProperty("inputs").GetInt32(), root.GetProperty("parsed").GetInt32(),
                root.GetProperty("failed").GetInt32(), root.GetProperty("skipped").GetInt32(),
                root.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToArray(), root.GetProperty("byte_order_mark").GetBoolean(),
                root.GetProperty("reports_per_window").GetInt32(), root.GetProperty("summary").GetBoolean(), root.GetProperty("list_entries").GetInt32(), root.GetProperty("list_sha256").GetString()!,
                root.GetProperty("version").GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{FileName} cannot be read ({e.Message})", e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{FileName} is missing (the part is incomplete)", e);
        }
    }
}
