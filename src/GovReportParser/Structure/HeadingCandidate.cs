namespace GovReportParser.Structure;

/// <summary>A numbered line read as a heading: the heading as written, its title, and body text that followed on the same line.</summary>
public sealed record HeadingCandidate(HeadingMarker Marker, string Heading, string Title, string? Body);
