using System.Text.Json.Serialization;

namespace GovReportParser.Model;

/// <summary>
/// The parse result in the shape of the output contract (../shared/spec/output.md, "govreport/1").
/// Property names map to JSON in snake_case; fields beyond the contract are additions, never renames.
/// </summary>
public sealed record Report
{
    /// <summary>The contract's version, written first in every report's JSON.</summary>
    public const string SchemaName = "govreport/1";

    /// <summary>The JSON name of <see cref="Info"/>, the one property not named by the snake_case policy.</summary>
    public const string InfoName = "report";

    public string Schema { get; init; } = SchemaName;
    public required SourceInfo Source { get; init; }
    [JsonPropertyName(InfoName)]
    public required ReportMetadata Info { get; init; }
    public required IReadOnlyList<SectionNode> Sections { get; init; }
    public required IReadOnlyList<Figure> Figures { get; init; }
    public required IReadOnlyList<TableOutput> Tables { get; init; }
    /// <summary>Flat map of metric key (metrics.tsv) → value; a key the report does not state is absent.</summary>
    public required IReadOnlyDictionary<string, decimal> Metrics { get; init; }
    /// <summary>Where each metric came from (table cell or narrative phrase).</summary>
    public required IReadOnlyDictionary<string, MetricSource> MetricSources { get; init; }
    public required IReadOnlyList<CheckResult> Checks { get; init; }
    public required IReadOnlyList<Warning> Warnings { get; init; }
    /// <summary>Blocks whose text normalisation changed, with their original text (provenance).</summary>
    public IReadOnlyList<ChangedText> Changes { get; init; } = [];
}

public sealed record SectionNode(
    int Level, string Number, string Title, string Heading, string? Canonical, string Text, int Line,
    IReadOnlyList<SectionNode> Children);

public sealed record Figure
{
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public bool Approx { get; init; }
    public required string Text { get; init; }
    public string? Section { get; init; }
    public string? Metric { get; init; }
    public int? Line { get; init; }
}

public sealed record TableOutput(string Kind, string? Section, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public int? Line { get; init; }
    public int? Page { get; init; }
}

/// <summary>Provenance of one metric: "table" with row/column labels, or "narrative" with the phrase.</summary>
public sealed record MetricSource(string Source)
{
    public string? Table { get; init; }
    public string? Row { get; init; }
    public string? Column { get; init; }
    public string? Evidence { get; init; }
    public int? Line { get; init; }
    public int? Page { get; init; }
}

public sealed record CheckResult(string Rule, bool Ok, string Detail);

public sealed record ChangedText(int Line, string Original, string Text);
