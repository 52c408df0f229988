namespace GovReportParser.Model;

/// <summary>A document after structure: its blocks classified, its heading tree and its metadata.</summary>
public sealed record StructuredDocument(Document Document, IReadOnlyList<Section> Sections, ReportMetadata Metadata)
{
    /// <summary>Blocks before the first heading (title, preamble, site metadata).</summary>
    public IReadOnlyList<Block> Preamble { get; init; } = [];

    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());
}
