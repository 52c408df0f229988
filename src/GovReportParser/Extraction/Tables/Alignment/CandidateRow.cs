namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// A row the value stream may hold: the ways its cells can be read (one, unless digits ran together), the template
/// row its label names when a label stands right before it, where it starts in the source, and how it was cut.
/// </summary>
internal sealed record CandidateRow(IReadOnlyList<IReadOnlyList<string>> Cells, string? Anchor, int SourceStart, string Evidence, string How);
