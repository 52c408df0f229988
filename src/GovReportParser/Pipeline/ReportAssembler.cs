using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Pipeline;

/// <summary>Puts the stages' results into the shape of the output contract.</summary>
internal static class ReportAssembler
{
    public static Report Assemble(StructuredDocument doc, ExtractionResult result, Diagnostics diagnostics)
    {
        return new Report
        {
            Source = doc.Document.Source with { TextSha256 = NormalisedText.Sha256(doc.Document) },
            Info = doc.Metadata,
            Sections = doc.Sections.Select(ToNode).ToArray(),
            Figures = result.Figures.ToArray(),
            Tables = result.Tables.ToArray(),
            Metrics = result.Metrics.ToDictionary(),
            MetricSources = result.Metrics.SourcesToDictionary(),
            Checks = result.Checks.ToArray(),
            Warnings = diagnostics.Warnings.ToArray(),
            Changes = doc.Document.Blocks.Where(b => b.WasChanged)
                .Select(b => new ChangedText(b.Source.Line, b.Original, b.Text)).ToArray(),
        };
    }

    private static SectionNode ToNode(Section s) =>
        new(s.Level, s.Number, s.Title, s.Heading, s.Canonical, s.Text, s.Source.Line, s.Children.Select(ToNode).ToArray());
}
