using System.Text.RegularExpressions;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Marks page furniture: lines at the very top or bottom of a page that are page numbers (<c>- 3 -</c>, <c>第3页 共9页</c>,
/// <c>3/9</c>) or that repeat, digits aside, on other pages (running heads and feet). A line is furniture only at the edge of
/// the page's content, so a body line that merely sits low on a page stays body text.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Share of the page height, from the top and from the bottom, where furniture lives.</summary>
    private const double Band = 0.12;
    /// <summary>How many lines at each edge of a page are looked at.</summary>
    private const int EdgeLines = 2;

    [GeneratedRegex(@"^[\s\-—–－_·•.~～]*(第?\s*[0-9０-９]+\s*页?(\s*[/／,，、]?\s*共\s*[0-9０-９]+\s*页)?|[0-9０-９]+\s*[/／]\s*[0-9０-９]+|(page|Page|PAGE)\s*[0-9]+(\s*of\s*[0-9]+)?)[\s\-—–－_·•.~～]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[0-9０-９]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    public static void Mark(IReadOnlyList<PageContent> pages)
    {
        var candidates = pages.SelectMany(p => EdgeItems(p).Select(item => (Page: p.Number, Item: item))).ToList();
        var pagesByShape = candidates.GroupBy(c => Shape(c.Item.Line!.Text)).ToDictionary(g => g.Key, g => g.Select(c => c.Page).Distinct().Count());
        var repeatedOn = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var (_, item) in candidates)
            if (IsPageNumber(item.Line!.Text) || (pages.Count > 1 && pagesByShape[Shape(item.Line.Text)] >= repeatedOn))
                item.IsFurniture = true;
    }

    /// <summary>Lines among the first and last few items of a page that lie in the top or bottom band.</summary>
    private static IEnumerable<PageItem> EdgeItems(PageContent page)
    {
        var items = page.Items;
        var top = items.Take(EdgeLines).Where(i => i.Line is { } l && l.Bottom > page.Height * (1 - Band));
        var bottom = items.Skip(Math.Max(0, items.Count - EdgeLines))
            .Where(i => i.Line is { } l && l.Top < page.Height * Band);
        return top.Concat(bottom).Distinct();
    }

    /// <summary>A line's text with digits and spaces neutralised, so that "第3页" and "第4页" or dated heads compare equal.</summary>
    private static string Shape(string text) => Spaces().Replace(Digits().Replace(text, "#"), "");
}
