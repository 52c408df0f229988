using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>The text of one element as a single line (a table cell, a heading, a metadata item): its rendered lines joined.</summary>
internal static class RenderedText
{
    public static string Of(IElement element)
    {
        var lines = new List<string>();
        var flow = new TextFlow((line, _) => lines.Add(line));
        Visit(element, flow);
        flow.Finish();
        return TextFlow.Join(lines);
    }

    private static void Visit(INode node, TextFlow flow)
    {
        switch (node)
        {
            case IText text:
                flow.Text(text.Data);
                return;
            case IElement e when PageFurniture.IsUnread(e):
                return;
            case IElement { LocalName: "br" }:
                flow.LineFeed();
                return;
        }
        var boundary = node is IElement element ? Boundaries.Of(element) : LineBreak.None;
        flow.Break(boundary);
        foreach (var child in node.ChildNodes)
            Visit(child, flow);
        flow.Break(boundary);
    }
}

/// <summary>Which elements start a new line or paragraph in rendered text; everything else is inline.</summary>
internal static class Boundaries
{
    private static readonly HashSet<string> Paragraphs =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main", "header", "footer", "nav",
        "aside", "ul", "ol", "dl", "pre", "form", "fieldset", "figure", "figcaption", "address", "center", "hr", "details",
        "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "body", "html",
    ];

    private static readonly HashSet<string> Lines = ["li", "dt", "dd", "option"];

    public static LineBreak Of(IElement e) =>
        Paragraphs.Contains(e.LocalName) ? LineBreak.Paragraph : Lines.Contains(e.LocalName) ? LineBreak.Line : LineBreak.None;
}
