using System.Text;
using System.Text.Json;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>What a partial read of a report's JSON keeps besides its source and metadata.</summary>
[Flags]
public enum ReportParts
{
    /// <summary>Source (path, format, sha256) and metadata (title, agency, region, year, template) only.</summary>
    Identity = 0,
    Metrics = 1,
    Checks = 2,
    All = Metrics | Checks,
}

/// <summary>A partial read of a report's JSON: source, metadata and, as asked, metrics and checks (empty when not read).</summary>
public sealed record PartialReport(
    string? Path, string? Format, string? Sha256, string? Title, string? Agency, string? Region, int? Year, string? Template,
    IReadOnlyDictionary<string, decimal> Metrics, IReadOnlyList<CheckResult> Checks);

/// <summary>
/// Reads a report's JSON (as <see cref="JsonReportWriter"/> renders it) back, in one of two modes:
/// <list type="bullet">
/// <item><see cref="Read(ReadOnlySpan{byte})"/>: the whole <see cref="Report"/>, through the same generated context, so
/// that what is read renders again byte for byte (isolated workers, resumed batches, <c>collect</c>);</item>
/// <item><see cref="ReadPartial"/>: the few fields a batch's panel and summary need, with a forward-only reader that
/// skips sections, figures and tables unread, so that a folder of many thousands of reports reads in seconds.</item>
/// </list>
/// Both take the JSON names from the model (<see cref="ReportJsonNames"/>).
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

    public static Report Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static Report ReadFile(string path) => Read(File.ReadAllBytes(path));

    /// <summary>The source, metadata and <paramref name="parts"/> of the report, or null when the bytes are not one of
    /// our report files (another schema, or not JSON).</summary>
    public static PartialReport? ReadPartial(ReadOnlySpan<byte> json, ReportParts parts = ReportParts.All)
    {
        try
        {
            return ReadObject(Slim(json, parts) is { } slim ? slim : json, parts);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static readonly byte[] SchemaName = Utf8(ReportJsonNames.Schema), SourceName = Utf8(ReportJsonNames.Source),
        InfoName = Utf8(ReportJsonNames.Info), MetricsName = Utf8(ReportJsonNames.Metrics), ChecksName = Utf8(ReportJsonNames.Checks);

    private static readonly byte[] PathName = Utf8(ReportJsonNames.Path), FormatName = Utf8(ReportJsonNames.Format),
        ShaName = Utf8(ReportJsonNames.Sha256);

    private static readonly byte[] TitleName = Utf8(ReportJsonNames.Title), AgencyName = Utf8(ReportJsonNames.Agency),
        RegionName = Utf8(ReportJsonNames.Region), YearName = Utf8(ReportJsonNames.Year), TemplateName = Utf8(ReportJsonNames.Template);

    private static readonly byte[] RuleName = Utf8(ReportJsonNames.Rule), OkName = Utf8(ReportJsonNames.Ok), DetailName = Utf8(ReportJsonNames.Detail);

    private static byte[] Utf8(string name) => Encoding.UTF8.GetBytes(name);

    /// <summary>The top-level properties a partial read of <paramref name="parts"/> reads; the others (sections, figures,
    /// tables …) are most of a file's bytes.</summary>
    private static byte[][] Wanted(ReportParts parts) =>
    [
        SchemaName, SourceName, InfoName,
        .. parts.HasFlag(ReportParts.Metrics) ? new[] { MetricsName } : [],
        .. parts.HasFlag(ReportParts.Checks) ? new[] { ChecksName } : [],
    ];

    private static readonly byte[][][] WantedByParts = [.. Enumerable.Range(0, (int)ReportParts.All + 1).Select(p => Wanted((ReportParts)p))];

    /// <summary>
    /// The wanted top-level properties cut out of an indented file, as a small JSON object, or null when the file is not
    /// indented. In indented JSON a top-level property, and only that, starts a line with exactly two spaces and a quote
    /// (strings hold no raw line breaks, deeper levels are indented further), so the cuts need no tokenising: finding
    /// them is a vectorised byte search, and tokenising sections and tables was most of the time of reading a batch back.
    /// </summary>
    internal static byte[]? Slim(ReadOnlySpan<byte> json, ReportParts parts = ReportParts.All)
    {
        var wanted = WantedByParts[(int)parts];
        ReadOnlySpan<byte> marker = "\n  \""u8;
        var starts = new List<int>(16);
        for (var at = json.IndexOf(marker); at >= 0;)
        {
            starts.Add(at + 3);
            var next = json[(at + 1)..].IndexOf(marker);
            at = next < 0 ? -1 : at + 1 + next;
        }
        var end = json.LastIndexOf((byte)'}');
        if (starts.Count < wanted.Length || end < 0 || starts[^1] > end)
            return null;
        var slim = new List<byte>(8 * 1024) { (byte)'{' };
        for (var i = 0; i < starts.Count; i++)
        {
            var property = json[starts[i]..(i + 1 < starts.Count ? starts[i + 1] - 3 : end)].TrimEnd(" \r\n\t,"u8);
            var nameEnd = property[1..].IndexOf((byte)'"');
            if (nameEnd < 0 || !IsWanted(property[1..(nameEnd + 1)], wanted))
                continue;
            if (slim.Count > 1)
                slim.Add((byte)',');
            slim.AddRange(property);
        }
        slim.Add((byte)'}');
        return slim.ToArray();
    }

    private static bool IsWanted(ReadOnlySpan<byte> name, byte[][] wanted)
    {
        foreach (var w in wanted)
            if (name.SequenceEqual(w))
                return true;
        return false;
    }

    private static PartialReport? ReadObject(ReadOnlySpan<byte> json, ReportParts parts)
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
            if (reader.ValueTextEquals(SchemaName))
            {
                reader.Read();
                schema = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals(SourceName))
            {
                reader.Read();
                if (EnterObject(ref reader))
                    while (NextField(ref reader))
                    {
                        if (reader.ValueTextEquals(PathName)) path = TextValue(ref reader);
                        else if (reader.ValueTextEquals(FormatName)) format = TextValue(ref reader);
                        else if (reader.ValueTextEquals(ShaName)) sha = TextValue(ref reader);
                        else Skip(ref reader);
                    }
            }
            else if (reader.ValueTextEquals(InfoName))
            {
                reader.Read();
                if (EnterObject(ref reader))
                    while (NextField(ref reader))
                    {
                        if (reader.ValueTextEquals(TitleName)) title = TextValue(ref reader);
                        else if (reader.ValueTextEquals(AgencyName)) agency = TextValue(ref reader);
                        else if (reader.ValueTextEquals(RegionName)) region = TextValue(ref reader);
                        else if (reader.ValueTextEquals(TemplateName)) template = TextValue(ref reader);
                        else if (reader.ValueTextEquals(YearName)) year = IntegerValue(ref reader);
                        else Skip(ref reader);
                    }
            }
            else if (parts.HasFlag(ReportParts.Metrics) && reader.ValueTextEquals(MetricsName))
            {
                reader.Read();
                ReadMetrics(ref reader, metrics);
            }
            else if (parts.HasFlag(ReportParts.Checks) && reader.ValueTextEquals(ChecksName))
            {
                reader.Read();
                ReadChecks(ref reader, checks);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (schema != Report.SchemaName)
            return null;
        return new PartialReport(path, format, sha, title, agency, region, year, template, metrics, checks);
    }

    /// <summary>Whether the value the reader is on is an object (whose fields <see cref="NextField"/> then walks); any
    /// other value is skipped.</summary>
    private static bool EnterObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
            return true;
        reader.Skip();
        return false;
    }

    /// <summary>Moves past the current value to the object's next property name; false at the object's end.</summary>
    private static bool NextField(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>The string value after the current property name (null for any other value, which is skipped).</summary>
    private static string? TextValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
            return reader.GetString();
        reader.Skip();
        return null;
    }

    private static int? IntegerValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n))
            return n;
        reader.Skip();
        return null;
    }

    private static bool? BooleanValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
            return reader.GetBoolean();
        reader.Skip();
        return null;
    }

    private static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
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
            while (NextField(ref reader))
            {
                if (reader.ValueTextEquals(RuleName)) rule = TextValue(ref reader);
                else if (reader.ValueTextEquals(DetailName)) detail = TextValue(ref reader);
                else if (reader.ValueTextEquals(OkName)) ok = BooleanValue(ref reader) ?? ok;
                else Skip(ref reader);
            }
            if (rule is not null)
                checks.Add(new CheckResult(rule, ok, detail ?? ""));
        }
    }
}
