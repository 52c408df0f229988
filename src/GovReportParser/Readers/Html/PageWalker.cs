using AngleSharp.Dom;
using GovReportParser.Model;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Walks a page body in document order and writes its blocks. Inside the main content: text lines
/// (<see cref="BlockKind.Line"/>) and data tables (<see cref="BlockKind.Table"/>). Outside it, and chrome inside it:
/// <see cref="BlockKind.Furniture"/> lines, kept for provenance. Anywhere: a structured 信息公开 block as
/// <see cref="BlockKind.Metadata"/>, one block per pair. Lines at the top of the content that read as "label value …" (the block flattened into
/// paragraphs, as in sample 004) stay lines, as their text twin has them, and also give their pairs to the site metadata.
/// </summary>
internal sealed class PageWalker
{
    /// <summary>A cell this long holds an article, not a datum: the table is page layout.</summary>
    private const int LayoutCellChars = 500;

    private readonly IElement _root;
    private readonly BlockSink _sink = new();
    private readonly TextFlow _flow;
    private readonly List<SitePair> _pairs = [];
    private BlockKind _kind = BlockKind.Furniture;
    private bool _atContentTop = true;

    private PageWalker(IElement root)
    {
        _root = root;
        _flow = new TextFlow(OnLine);
    }

    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<SitePair> Site) Walk(IElement body, IElement root)
    {
        var walker = new PageWalker(root);
        walker.Visit(body, inContent: false);
        walker._flow.Finish();
        return (walker._sink.Blocks, walker._pairs);
    }

    /// <summary>
    /// One step of the walk: a node to visit, or the close of an element whose children have been visited (its boundary
    /// again, and back to the kind of text outside it). An explicit stack: recursion depth would follow the page's nesting.
    /// </summary>
    private readonly record struct Step(INode Node, bool InContent, bool Closes = false, LineBreak Boundary = LineBreak.None, BlockKind Outer = BlockKind.Furniture);

    private void Visit(INode root, bool inContent)
    {
        var pending = new Stack<Step>();
        pending.Push(new Step(root, inContent));
        while (pending.TryPop(out var step))
        {
            if (step.Closes)
            {
                _flow.Break(step.Boundary);
                if (step.Node is IElement closed && Boundaries.IsInlineBox(closed))
                    _flow.Gap();
                Enter(step.Outer);
                continue;
            }
            var node = step.Node;
            if (node is IText text)
            {
                if (!DomQueries.HasAncestor(text, "pre"))
                    _flow.Text(text.Data);
                else
                    _flow.Preformatted(text.Data);
                continue;
            }
            if (node is not IElement e || PageFurniture.IsUnread(e))
                continue;
            if (e.LocalName == "br")
            {
                _flow.LineFeed();
                continue;
            }
            var content = e == _root || (step.InContent && !PageFurniture.IsChrome(e));
            var outer = _kind;
            Enter(content ? BlockKind.Line : BlockKind.Furniture);
            if (TryWriteSiteBlock(e) || (content && e.LocalName == "table" && TryWriteTable(e)))
            {
                Enter(outer);
                continue;
            }
            var boundary = Boundaries.Of(e);
            _flow.Break(boundary);
            if (Boundaries.IsInlineBox(e))
                _flow.Gap();
            pending.Push(new Step(e, content, Closes: true, boundary, outer));
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                pending.Push(new Step(children[i], content));
        }
    }

    /// <summary>Moving between content and furniture is always a paragraph boundary.</summary>
    private void Enter(BlockKind kind)
    {
        if (kind == _kind)
            return;
        _flow.Break(LineBreak.Paragraph);
        _kind = kind;
    }

    /// <summary>The 信息公开 block is read wherever it stands: CMSs put it inside the article or in a box above it.</summary>
    private bool TryWriteSiteBlock(IElement e)
    {
        if (SiteMetadataBlock.TryRead(e, RenderedText.Of) is not { } pairs)
            return false;
        _flow.Break(LineBreak.Paragraph);
        _sink.AddMetadata(pairs);
        _pairs.AddRange(pairs);
        _flow.Break(LineBreak.Paragraph);
        return true;
    }

    private bool TryWriteTable(IElement table)
    {
        if (DomQueries.HasDescendant(table, d => d.LocalName == "table"))
            return false;
        var rows = TableGrid.Build(table, RenderedText.Of);
        if (rows.Count == 0 || rows[0].Count < 2 || rows.Any(r => r.Any(c => c.Length > LayoutCellChars)))
            return false;
        _flow.Break(LineBreak.Paragraph);
        foreach (var caption in table.Children.Where(c => c.LocalName == "caption"))
            _flow.Text(RenderedText.Of(caption));
        _flow.Break(LineBreak.Paragraph);
        _sink.AddTable(rows);
        _atContentTop = false;
        _flow.Break(LineBreak.Paragraph);
        return true;
    }

    private void OnLine(string text, LineBreak before)
    {
        if (_kind == BlockKind.Line && _atContentTop)
        {
            if (SiteMetadataKeys.ReadPairs(text) is { } pairs)
                _pairs.AddRange(pairs);
            else
                _atContentTop = false;
        }
        _sink.AddLine(_kind, text, before);
    }
}
