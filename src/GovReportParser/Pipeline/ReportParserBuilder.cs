using GovReportParser.Checks;
using GovReportParser.Extraction;
using GovReportParser.Normalisation;
using GovReportParser.Readers;
using GovReportParser.Structure;

namespace GovReportParser.Pipeline;

/// <summary>
/// Assembles the pipeline once (Markdig-style): readers, normalisation steps in order, structure, extractors in order,
/// checks. <see cref="UseDefaults"/> registers the standard stages; callers may add, remove or replace any of them.
/// </summary>
public sealed class ReportParserBuilder
{
    public List<IDocumentReader> Readers { get; } = [];
    public List<INormaliser> Normalisers { get; } = [];
    public IStructureBuilder Structure { get; set; } = new DefaultStructureBuilder();
    public List<IExtractor> Extractors { get; } = [];
    public List<IReportCheck> Checks { get; } = [];
    public ReportParserOptions Options { get; set; } = ReportParserOptions.Default;

    public ReportParserBuilder UseDefaults()
    {
        DefaultStages.AddTo(this);
        return this;
    }

    public ReportParser Build() => new(Readers.ToArray(), Normalisers.ToArray(), Structure, Extractors.ToArray(), Checks.ToArray(), Options);
}
