using GovReportParser.Readers;
using GovReportParser.Readers.Pdf;

namespace GovReportParser.Pipeline;

/// <summary>The standard stages, in pipeline order. One place to see what runs.</summary>
internal static class DefaultStages
{
    public static void AddTo(ReportParserBuilder builder)
    {
        builder.Readers.Add(new TxtReader());
        builder.Readers.Add(new PdfReader());

        // Normalisation order matters: debris first (it breaks phrase matches), script, width, then line joins.

        // Extraction order matters: tables before narrative, so narrative metrics know what tables stated.
    }
}
