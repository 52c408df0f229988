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
            Sections = ToNodes(doc.Sections),
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

    /// <summary>
    /// The heading tree in the contract's shape. Nodes are immutable, so children are made before their parent: a
    /// post-order walk with an explicit stack, never recursion, so that no tree can exhaust the call stack.
    /// </summary>
    private static SectionNode[] ToNodes(IReadOnlyList<Section> roots)
    {
        var made = new Dictionary<Section, SectionNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(Section Section, bool ChildrenMade)>();
        for (var i = roots.Count - 1; i >= 0; i--)
            pending.Push((roots[i], false));
        while (pending.Count > 0)
        {
            var (s, childrenMade) = pending.Pop();
            if (!childrenMade)
            {
                pending.Push((s, true));
                foreach (var child in s.Children)
                    pending.Push((child, false));
                continue;
            }
            var children = s.Children.Select(c => made[c]).ToArray();
            made[s] = new SectionNode(s.Level, s.Number, s.Title, s.Heading, s.Canonical, s.Text, s.Source.Line, children);
        }
        return roots.Select(r => made[r]).ToArray();
    }
}
