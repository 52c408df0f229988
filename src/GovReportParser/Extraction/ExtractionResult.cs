using GovReportParser.Model;

namespace GovReportParser.Extraction;

/// <summary>What the extractors found; each extractor adds to it, none removes.</summary>
public sealed class ExtractionResult
{
    public List<Figure> Figures { get; } = [];
    public List<TableOutput> Tables { get; } = [];
    public MetricSet Metrics { get; } = new();
    public List<CheckResult> Checks { get; } = [];

    /// <summary>The narrative read once for the extractors that need it (<see cref="Narrative.NarrativeReading.Of"/>).</summary>
    internal Narrative.NarrativeReading? Narrative { get; set; }
}
