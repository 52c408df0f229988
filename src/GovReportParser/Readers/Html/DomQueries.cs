using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Tree tests the walk makes at every node. Written as plain loops: AngleSharp's selector methods parse their selector
/// string on each call, which dominated reading time.
/// </summary>
internal static class DomQueries
{
    public static bool HasAncestor(INode node, string localName)
    {
        for (var e = node.ParentElement; e is not null; e = e.ParentElement)
            if (e.LocalName == localName)
                return true;
        return false;
    }

    public static bool HasDescendant(IElement element, Func<IElement, bool> predicate)
    {
        foreach (var child in element.Children)
            if (predicate(child) || HasDescendant(child, predicate))
                return true;
        return false;
    }
}
