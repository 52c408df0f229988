using GovReportParser.Checks;
using GovReportParser.Extraction.Figures;
using GovReportParser.Extraction.Narrative;
using GovReportParser.Extraction.Tables;
using GovReportParser.Normalisation;
using GovReportParser.Readers;
using GovReportParser.Readers.Docx;
using GovReportParser.Readers.Html;
using GovReportParser.Readers.Pdf;

namespace GovReportParser.Pipeline;

/// <summary>The standard stages, in pipeline order. One place to see what runs.</summary>
internal static class DefaultStages
{
    public static void AddTo(ReportParserBuilder builder)
    {
        builder.Readers.Add(new TxtReader());
        builder.Readers.Add(new HtmlReader());
        builder.Readers.Add(new PdfReader());
        builder.Readers.Add(new DocxReader());

        // Normalisation order matters: debris first (it breaks phrase matches), script, width, then line joins.
        builder.Normalisers.Add(ConversionDebrisNormaliser.Default);
        builder.Normalisers.Add(ScriptNormaliser.Default);
        builder.Normalisers.Add(FullWidthNormaliser.Default);
        builder.Normalisers.Add(HanSpacingNormaliser.Default);
        builder.Normalisers.Add(PageFurnitureMarker.Default);
        builder.Normalisers.Add(BrokenLineJoiner.Default);

        // Extraction order matters: tables before narrative, so narrative metrics know what tables stated.
        builder.Extractors.Add(new StandardTableExtractor());
        builder.Extractors.Add(new FigureExtractor());
        builder.Extractors.Add(new NarrativeMetricExtractor());

        // Checks: the tables' own arithmetic, then narrative statements against the tables.
        builder.Checks.AddRange([new Table3RowSumCheck(), new Table3BalanceCheck(), new Table3ResultSumCheck(), new Table4SumCheck()]);
        builder.Checks.Add(new NarrativeConsistencyCheck());
    }
}
