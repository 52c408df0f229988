using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>Default structure stage.</summary>
public sealed class DefaultStructureBuilder : IStructureBuilder
{
    public StructuredDocument Build(Document document, Diagnostics diagnostics) =>
        new(document, [], new ReportMetadata { Script = document.Script });
}
