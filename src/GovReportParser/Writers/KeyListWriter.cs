using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovReportParser.Catalogue;

namespace GovReportParser.Writers;

/// <summary>
/// The key list (<see cref="MetricCatalogue.All"/>) as TSV, JSON or Markdown: what <c>govreport keys</c> prints and what
/// docs/metrics.tsv and docs/metrics.md hold. Each is rendered whole, with "\n" line ends, so the files can be compared
/// with a fresh rendering.
/// </summary>
public static class KeyListWriter
{
    public static readonly IReadOnlyList<string> Formats = ["tsv", "json", "md"];

    public static readonly IReadOnlyList<string> Columns = ["key", "table", "row", "column", "unit", "type", "templates", "sources"];

    public static string Render(string format) => format switch
    {
        "tsv" => Tsv(),
        "json" => Json(),
        "md" => Markdown(),
        _ => throw new ArgumentException($"unknown key list format '{format}' (expected {string.Join(", ", Formats)})", nameof(format)),
    };

    private static string[] Cells(MetricDefinition m) =>
        [m.Key, m.Table ?? "", m.RowLabel, m.ColumnLabel, m.Unit, m.TypeName, m.TemplateNames, m.SourceNames];

    public static string Tsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join('\t', Columns)).Append('\n');
        foreach (var metric in MetricCatalogue.All)
            sb.Append(string.Join('\t', Cells(metric))).Append('\n');
        return sb.ToString();
    }

    public static string Json()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
               { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            writer.WriteStartArray();
            foreach (var metric in MetricCatalogue.All)
            {
                writer.WriteStartObject();
                foreach (var (name, value) in Columns.Zip(Cells(metric)))
                    writer.WriteString(name, value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("# Metric keys\n\n")
            .Append("Generated from the catalogue (`src/GovReportParser/Catalogue`) by `govreport keys --format md`; do not edit.\n")
            .Append("The same list as TSV is `metrics.tsv` (`govreport keys`). `metrics` in the JSON holds the keys a report states;\n")
            .Append("a key it does not state is absent. *templates* says which table layout prints the cell (2019: 国办公开办函〔2019〕60号,\n")
            .Append("2021: 〔2021〕30号; *any*: not tied to one layout); *sources* whether tables, the narrative, or both can state it.\n");
        foreach (var group in MetricCatalogue.All.GroupBy(m => m.Table))
        {
            var table = Tables.FirstOrDefault(t => t.Key == group.Key);
            sb.Append("\n## ").Append(table is null ? "Narrative only" : $"{table.Key}: {table.Name} {table.Title}").Append("\n\n");
            sb.Append("| key | row | column | unit | type | templates | sources |\n|---|---|---|---|---|---|---|\n");
            foreach (var m in group)
                sb.Append($"| `{m.Key}` | {Escape(m.RowLabel)} | {Escape(m.ColumnLabel)} | {m.Unit} | {m.TypeName} | {m.TemplateNames} | {m.SourceNames} |\n");
        }
        return sb.ToString();
    }

    private static readonly StandardTable[] Tables = [Table2.Table, Table3.Table, Table4.Table];

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
