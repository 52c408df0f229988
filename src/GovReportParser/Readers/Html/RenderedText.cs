using System.Text.RegularExpressions;
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

    /// <summary>A walk in document order with an explicit stack; an element's closing boundary is a step of its own.</summary>
    private static void Visit(INode root, TextFlow flow)
    {
        var pending = new Stack<(INode Node, LineBreak? Closing)>();
        pending.Push((root, null));
        while (pending.TryPop(out var step))
        {
            if (step.Closing is { } closing)
            {
                flow.Break(closing);
                if (step.Node is IElement closed && Boundaries.IsInlineBox(closed))
                    flow.Gap();
                continue;
            }
            switch (step.Node)
            {
                case IText text:
                    flow.Text(text.Data);
                    continue;
                case IElement e when PageFurniture.IsUnread(e):
                    continue;
                case IElement { LocalName: "br" }:
                    flow.LineFeed();
                    continue;
            }
            var element = step.Node as IElement;
            var boundary = element is not null ? Boundaries.Of(element) : LineBreak.None;
            flow.Break(boundary);
            if (element is not null && Boundaries.IsInlineBox(element))
                flow.Gap();
            pending.Push((step.Node, boundary));
            var children = step.Node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                pending.Push((children[i], null));
        }
    }
}

/// <summary>Which elements start a new line or paragraph in rendered text; everything else is inline.</summary>
internal static partial class Boundaries
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

    /// <summary>
    /// An inline element its inline style makes a box of its own (display: inline-block, inline-table, inline-flex,
    /// inline-grid or table-cell): what templates that draw a table's cells with styled spans use. No line break, but its
    /// text stands apart from its neighbours' (<see cref="TextFlow.Gap"/>).
    /// </summary>
    public static bool IsInlineBox(IElement e) =>
        Of(e) == LineBreak.None && e.GetAttribute("style") is { } style && InlineBoxDisplay().IsMatch(style);

    [GeneratedRegex(@"(?:^|;)\s*display\s*:\s*(?:inline-(?:block|table|flex|grid)|table-cell)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineBoxDisplay();
}
