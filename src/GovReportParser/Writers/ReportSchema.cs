using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Writers;

/// <summary>
/// The JSON Schema of the report JSON, generated from the model types with the serializer's own options (the names and
/// rules <see cref="JsonReportWriter"/> writes by), and the metric keys from the catalogue: what <c>govreport schema</c>
/// prints and docs/report.schema.json holds.
/// </summary>
public static class ReportSchema
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static string Render()
    {
        // The writer's options with a reflection resolver: the generated context serializes only, it keeps no metadata.
        var options = new JsonSerializerOptions(ReportJsonContext.Default.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        var schema = options.GetJsonSchemaAsNode(typeof(Report), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        });
        var root = new JsonObject
        {
            ["$schema"] = Draft, ["title"] = $"{Report.SchemaName} report",
            ["description"] = "One report as `govreport parse` and `govreport batch` write it; see docs/output.md and docs/metrics.md.",
        };
        foreach (var (name, value) in schema.AsObject().ToList())
            root[name] = value?.DeepClone();
        return root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    /// <summary>Metric maps name only catalogue keys; the schema field names this contract.</summary>
    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo is not { } property || property.DeclaringType != typeof(Report) || schema is not JsonObject node)
            return schema;
        if (property.Name is "metrics" or "metric_sources")
            node["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. MetricCatalogue.All.Select(m => (JsonNode)m.Key)]) };
        if (property.Name == "schema")
            node["const"] = Report.SchemaName;
        return schema;
    }
}
