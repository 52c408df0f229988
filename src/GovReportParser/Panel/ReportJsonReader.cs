using System.Text;
using System.Text.Json;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Panel;

/// <summary>
/// Reads the few fields a <see cref="PanelReport"/> holds from a report's JSON file (schema <c>govreport/1</c>) with a
/// forward-only reader, skipping sections, figures and tables unread: a batch's thousands of files read in seconds.
/// </summary>
public static class ReportJsonReader
{
    public const string Schema = "govreport/1";

    /// <summary>The top-level properties read; the others (sections, figures, tables …) are most of a file's bytes.</summary>
    private static readonly string[] Wanted = ["schema", "source", "report", "metrics", "checks"];

    /// <summary>The report, or null when the bytes are not one of our report files.</summary>
    public static PanelReport? Read(ReadOnlySpan<byte> json, string jsonPath)
    {
        try
        {
            return ReadObject(Slim(json) is { } slim ? slim : json, jsonPath);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The wanted top-level properties cut out of an indented file, as a small JSON object, or null when the file is not
    /// indented. In indented JSON a top-level property, and only that, starts a line with exactly two spaces and a quote
    /// (strings hold no raw line breaks, deeper levels are indented further), so the cuts need no tokenising: finding
    /// them is a vectorised byte search, and tokenising sections and tables was most of the time of reading a batch back.
    /// </summary>
    internal static byte[]? Slim(ReadOnlySpan<byte> json)
    {
        ReadOnlySpan<byte> marker = "\n  \""u8;
        var starts = new List<int>(16);
        for (var at = json.IndexOf(marker); at >= 0;)
        {
            starts.Add(at + 3);
            var next = json[(at + 1)..].IndexOf(marker);
            at = next < 0 ? -1 : at + 1 + next;
        }
        var end = json.LastIndexOf((byte)'}');
        if (starts.Count < Wanted.Length || end < 0 || starts[^1] > end)
            return null;
        var slim = new List<byte>(8 * 1024) { (byte)'{' };
        for (var i = 0; i < starts.Count; i++)
        {
            var property = json[starts[i]..(i + 1 < starts.Count ? starts[i + 1] - 3 : end)].TrimEnd(" \r\n\t,"u8);
            var nameEnd = property[1..].IndexOf((byte)'"');
            if (nameEnd < 0 || !Wanted.Contains(Encoding.UTF8.GetString(property[1..(nameEnd + 1)])))
                continue;
            if (slim.Count > 1)
                slim.Add((byte)',');
            slim.AddRange(property);
        }
        slim.Add((byte)'}');
        return slim.ToArray();
    }

    private static PanelReport? ReadObject(ReadOnlySpan<byte> json, string jsonPath)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? schema = null, path = null, format = null, sha = null, title = null, agency = null, region = null, template = null;
        int? year = null;
        var metrics = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var checks = new List<CheckResult>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "schema":
                    schema = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "source":
                    foreach (var (key, value, _) in Fields(ref reader))
                        _ = key switch { "path" => path = value, "format" => format = value, "sha256" => sha = value, _ => null };
                    break;
                case "report":
                    foreach (var (key, value, number) in Fields(ref reader))
                    {
                        _ = key switch { "title" => title = value, "agency" => agency = value, "region" => region = value, "template" => template = value, _ => null };
                        if (key == "year")
                            year = number;
                    }
                    break;
                case "metrics":
                    ReadMetrics(ref reader, metrics);
                    break;
                case "checks":
                    ReadChecks(ref reader, checks);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (schema != Schema)
            return null;
        return new PanelReport(path ?? jsonPath, jsonPath, title, agency, region, year, template ?? "narrative", format ?? "", sha ?? "", metrics, checks);
    }

    /// <summary>The string and integer properties of a flat object (null for others); nested values skipped.</summary>
    private static List<(string Key, string? Text, int? Integer)> Fields(ref Utf8JsonReader reader)
    {
        var found = new List<(string, string?, int?)>();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return found;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = KeyOf(ref reader);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    found.Add((key, reader.GetString(), null));
                    break;
                case JsonTokenType.Number when reader.TryGetInt32(out var n):
                    found.Add((key, null, n));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return found;
    }

    // A batch's panel holds every report's metrics at once: 10,000 reports of some 200 keys each made two million key
    // strings (about 200 MB). Keys of the catalogue are shared instances instead; an unknown key is read as it is.
    private static readonly Dictionary<string, string> KnownKeys =
        MetricCatalogue.All.ToDictionary(m => m.Key, m => m.Key, StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownKeyLookup =
        KnownKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int LongestKeyRead = 128;

    private static string KeyOf(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > LongestKeyRead)
            return reader.GetString()!;
        Span<char> buffer = stackalloc char[LongestKeyRead]; // a UTF-8 name never has more chars than bytes
        var name = buffer[..reader.CopyString(buffer)];
        return KnownKeyLookup.TryGetValue(name, out var known) ? known : new string(name);
    }

    private static void ReadMetrics(ref Utf8JsonReader reader, Dictionary<string, decimal> metrics)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = KeyOf(ref reader);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
                metrics[key] = value;
            else
                reader.Skip();
        }
    }

    private static void ReadChecks(ref Utf8JsonReader reader, List<CheckResult> checks)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? rule = null, detail = null;
            var ok = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString();
                reader.Read();
                switch (key)
                {
                    case "rule" when reader.TokenType == JsonTokenType.String: rule = reader.GetString(); break;
                    case "detail" when reader.TokenType == JsonTokenType.String: detail = reader.GetString(); break;
                    case "ok" when reader.TokenType is JsonTokenType.True or JsonTokenType.False: ok = reader.GetBoolean(); break;
                    default: reader.Skip(); break;
                }
            }
            if (rule is not null)
                checks.Add(new CheckResult(rule, ok, detail ?? ""));
        }
    }
}
