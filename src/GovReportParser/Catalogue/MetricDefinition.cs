namespace GovReportParser.Catalogue;

/// <summary>The names of <c>metric_sources[].source</c>.</summary>
public static class MetricSourceNames
{
    public const string Table = "table";
    public const string Narrative = "narrative";
}

/// <summary>Where a metric's value may come from.</summary>
[Flags]
public enum MetricSources
{
    Table = 1,
    Narrative = 2,
}

/// <summary>
/// One metric key with what it means: the table, row and column labels as printed, unit, type, the templates that
/// print it (none for a key that is not a table cell) and whether the narrative can state it.
/// </summary>
public sealed record MetricDefinition(
    string Key, string? Table, string RowLabel, string ColumnLabel, string Unit, MetricType Type, Templates Templates,
    MetricSources Sources)
{
    /// <summary>The templates as the key list names them: "2019,2021", or "any" for keys not tied to a table layout.</summary>
    public string TemplateNames => Templates == Templates.None ? "any" : Catalogue.TemplateNames.Describe(Templates);

    public string TypeName => Type == MetricType.Amount ? "decimal" : "integer";

    public string SourceNames => string.Join(",", new[] { (MetricSources.Table, MetricSourceNames.Table), (MetricSources.Narrative, MetricSourceNames.Narrative) }
        .Where(s => Sources.HasFlag(s.Item1)).Select(s => s.Item2));
}
