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

    /// <summary>With an explicit stack, like every walk of ours: recursion depth would follow the page's nesting.</summary>
    public static bool HasDescendant(IElement element, Func<IElement, bool> predicate)
    {
        var pending = new Stack<IElement>();
        pending.Push(element);
        while (pending.TryPop(out var e))
            foreach (var child in e.Children)
            {
                if (predicate(child))
                    return true;
                pending.Push(child);
            }
        return false;
    }
}
