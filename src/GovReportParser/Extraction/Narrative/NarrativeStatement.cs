using GovReportParser.Extraction.Figures;

namespace GovReportParser.Extraction.Narrative;

/// <summary>A metric a sentence states: its key, value, the phrase saying so, and the figure it was read from (none for 没有…).</summary>
public sealed record NarrativeStatement(string Key, decimal Value, string Evidence, FigureMatch? Figure);
