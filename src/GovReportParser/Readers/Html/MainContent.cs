using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Finds the article body of a government CMS page: the first of the containers the common CMSs use (Hanweb's
/// <c>#UCAP-CONTENT</c>, TRS's <c>.TRS_Editor</c>, <c>#zoom</c> …) that holds a fair share of the page's text, else the
/// element reached by walking down from <c>&lt;body&gt;</c> into whichever child still holds most of the text.
/// Text is counted as Han characters outside links and outside page chrome, so menus, link lists and footers do not
/// weigh.
/// </summary>
internal static class MainContent
{
    private static readonly string[] Containers =
    [
        "#UCAP-CONTENT", ".trs_editor_view", ".TRS_Editor", ".TRS_UEDITOR", ".trs_editor", "#zoom", "#Zoom", ".pages_content",
        "#ivs_content", ".article-content", ".article_content", ".Article_content", ".xl_content", ".detail-content",
        ".detail_content", ".zfxxgk_zw_content", ".zw", "#content", ".content", "article", "main",
    ];

    /// <summary>A container must hold this share of the page's text, so an empty or sidebar ".content" is passed over.</summary>
    private const double ContainerShare = 0.3;

    /// <summary>The walk down stops where no single child holds this share of the text.</summary>
    private const double DescentShare = 0.7;

    private const int MinHan = 20;

    public static IElement Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var han = new Dictionary<IElement, int>();
        var total = HanText(body, han);
        if (total < MinHan)
            return body;
        foreach (var selector in Containers)
        {
            var match = body.QuerySelector(selector);
            if (match is not null && han.GetValueOrDefault(match) >= Math.Max(MinHan, ContainerShare * total))
                return match;
        }
        return Descend(body, total, han);
    }

    private static IElement Descend(IElement node, int total, Dictionary<IElement, int> han)
    {
        while (true)
        {
            var best = node.Children.MaxBy(c => han.GetValueOrDefault(c));
            if (best is null || han.GetValueOrDefault(best) < DescentShare * total)
                return node;
            node = best;
        }
    }

    /// <summary>
    /// Han characters the reader would see as text below a node: outside links, chrome and unread elements (which
    /// count 0). Every element's count is recorded, so the whole page is counted once. Iterative: the nodes are listed
    /// parents first, then summed in reverse, so each element's children are counted before it.
    /// </summary>
    private static int HanText(IElement root, Dictionary<IElement, int> han)
    {
        var order = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            order.Add(element);
            if (!IsUncounted(element))
                foreach (var child in element.Children)
                    pending.Push(child);
        }
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var sum = 0;
            if (!IsUncounted(element))
                foreach (var child in element.ChildNodes)
                    sum += child switch
                    {
                        IText text => text.Data.Count(c => c is >= '\u3400' and <= '\u9FFF'),
                        IElement e => han[e],
                        _ => 0,
                    };
            han[element] = sum;
        }
        return han[root];
    }

    private static bool IsUncounted(IElement e) => e.LocalName == "a" || PageFurniture.IsUnread(e) || PageFurniture.IsChrome(e);
}
