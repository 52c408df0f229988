using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>One normalisation step: returns the document with its block texts cleaned, originals kept.</summary>
public interface INormaliser
{
    Document Normalise(Document document, Diagnostics diagnostics);
}
