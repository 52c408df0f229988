using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// The default structure stage: marks the site metadata block, finds headings (line headings, lead-sentence headings and
/// headings run together inside long web-page lines), builds the sequence-aware heading tree, gives each top section its
/// canonical key and reads the report metadata. Furniture is left out of sections; table rows stay in their section as
/// table blocks so that narrative extraction can skip them.
/// </summary>
public sealed class DefaultStructureBuilder : IStructureBuilder
{
    public StructuredDocument Build(Document document, Diagnostics diagnostics)
    {
        var tree = new SectionTreeBuilder();
        var site = new Dictionary<string, string>(StringComparer.Ordinal);
        var nextTopOrdinal = 1;
        var listItems = new ListItemRun();
        foreach (var block in document.Blocks)
        {
            if (block.Kind is BlockKind.Furniture)
                continue;
            if (block.Kind is BlockKind.Table)
            {
                tree.AddBody(block);
                continue;
            }
            if (block.Kind is BlockKind.Metadata || (tree.Current is null && SiteMetadataParser.Parse(block.Text) is not null))
            {
                foreach (var (key, value) in SiteMetadataParser.Parse(block.Text) ?? [])
                    site.TryAdd(key, value);
                tree.AddBody(block with { Kind = BlockKind.Metadata });
                continue;
            }
            foreach (var piece in Pieces(block, tree, listItems, ref nextTopOrdinal))
                AddPiece(tree, block, piece, ref nextTopOrdinal);
        }

        foreach (var section in tree.Roots)
            section.Canonical = CanonicalSectionClassifier.Classify(section.Title);
        // What the container knew (an HTML page's info block and meta tags, a PDF's info) fills what the text did not say.
        foreach (var (key, value) in document.ContainerMetadata)
            site.TryAdd(key, value);
        var body = tree.Roots.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Blocks);
        var metadata = MetadataExtractor.Extract(document, tree.Preamble, site, body);
        return new StructuredDocument(document, tree.Roots, metadata) { Preamble = tree.Preamble };
    }

    /// <summary>A line heading (with its lead-sentence body), then any top headings run together inside the long remainder.</summary>
    private static IReadOnlyList<RunInPiece> Pieces(Block block, SectionTreeBuilder tree, ListItemRun listItems, ref int nextTopOrdinal)
    {
        var pieces = new List<RunInPiece>();
        var rest = block.Text;
        var heading = HeadingDetector.Detect(rest);
        if (heading is not null && listItems.Continues(tree.Current, heading.Marker))
            heading = null;
        if (heading is null && HeadingMarker.Read(rest) is { } item)
            listItems.SawItem(tree.Current, item);
        if (heading is not null)
        {
            listItems.SawHeading();
            pieces.Add(new RunInPiece("", heading with { Body = null }));
            rest = heading.Body ?? "";
            // The top headings run together in its body come after it.
            if (heading.Marker is { Style: NumberingStyle.Han } marker && marker.Ordinal == nextTopOrdinal)
                nextTopOrdinal++;
        }
        if (rest.Length >= RunInHeadingSplitter.MinBlockLength && !rest.Contains('\t'))
            pieces.AddRange(RunInHeadingSplitter.Split(rest, ref nextTopOrdinal));
        else if (rest.Length > 0)
            pieces.Add(new RunInPiece(rest, null));
        return pieces;
    }

    private static void AddPiece(SectionTreeBuilder tree, Block block, RunInPiece piece, ref int nextTopOrdinal)
    {
        if (piece.Heading is { } heading)
        {
            var section = tree.AddHeading(heading, block.Source);
            if (section.Level == 1 && heading.Marker.Style == NumberingStyle.Han)
                nextTopOrdinal = heading.Marker.Ordinal + 1;
            if (heading.Body is { } text)
                tree.AddBody(BodyBlock(block, text));
            return;
        }
        tree.AddBody(BodyBlock(block, piece.Text));
    }

    /// <summary>A body block keeps the source block's provenance and original; a tab-separated row becomes a one-row table block.</summary>
    private static Block BodyBlock(Block source, string text)
    {
        var cells = text.Split('\t');
        if (cells.Count(c => c.Trim().Length > 0) >= 2)
            return source with { Kind = BlockKind.Table, Text = text, Rows = [cells.Select(c => c.Trim()).ToArray()] };
        return source with { Kind = BlockKind.Paragraph, Text = text };
    }
}
