using GovReportParser.Model;

namespace GovReportParser.Extraction;

/// <summary>One extraction step: reads the structured document, adds what it finds to the result.</summary>
public interface IExtractor
{
    void Extract(StructuredDocument document, ExtractionResult result, Diagnostics diagnostics);
}
