using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>Classifies blocks, builds the heading tree and reads the report metadata.</summary>
public interface IStructureBuilder
{
    StructuredDocument Build(Document document, Diagnostics diagnostics);
}
