using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Recognises the 信息公开 block when a page gives it structure — a small table (索引号 | 值 | 发布机构 | 值), a list
/// (<c>&lt;li&gt;索引号：…</c>), a definition list, or a box of spans — and reads its pairs. An element qualifies when it
/// yields at least two pairs and next to nothing else: content tables that merely mention a label stay tables.
/// </summary>
internal static class SiteMetadataBlock
{
    private const int MinPairs = 2;

    /// <summary>The block is a few lines; anything longer is content, and not worth cutting into cells.</summary>
    private const int MaxChars = 2000;

    /// <summary>Share of the element's text that may be something other than labels and values.</summary>
    private const double MaxStrayShare = 0.15;

    public static IReadOnlyList<SitePair>? TryRead(IElement element, Func<IElement, string> text)
    {
        if (element.TextContent.Length > MaxChars)
            return null;
        var cells = Cells(element)?.Select(text).Where(t => t.Length > 0).ToArray();
        if (cells is null || cells.Length < MinPairs)
            return null;
        var pairs = new List<SitePair>();
        var stray = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (SiteMetadataKeys.IsBareLabel(cells[i]))
            {
                var hasValue = i + 1 < cells.Length && !SiteMetadataKeys.IsBareLabel(cells[i + 1])
                    && SiteMetadataKeys.ReadPairs(cells[i + 1]) is null;
                if (hasValue)
                {
                    var key = cells[i].Trim().TrimEnd(':', '：').Trim();
                    pairs.Add(new SitePair(key, SiteMetadataKeys.CanonicalOf(key), cells[++i]));
                }
            }
            else if (SiteMetadataKeys.ReadPairs(cells[i]) is { } inline)
                pairs.AddRange(inline);
            else
                stray += cells[i].Length;
        }
        var total = cells.Sum(c => c.Length);
        return pairs.Count >= MinPairs && stray <= MaxStrayShare * total ? pairs : null;
    }

    /// <summary>The pieces the block is made of, or null when the element is not a shape the block comes in.</summary>
    private static IEnumerable<IElement>? Cells(IElement e) => e.LocalName switch
    {
        "table" => TableGrid.RowGroups(e).SelectMany(g => g).SelectMany(TableGrid.Cells),
        "ul" or "ol" => e.Children.Where(c => c.LocalName == "li"),
        "dl" => e.Children.Where(c => c.LocalName is "dt" or "dd"),
        "div" when e.Children.Length >= MinPairs && !HasOwnText(e) && e.Children.All(IsLeaf) => e.Children,
        _ => null,
    };

    private static bool HasOwnText(IElement e) => e.ChildNodes.OfType<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data));

    private static bool IsLeaf(IElement e) => !DomQueries.HasDescendant(e, d => Boundaries.Of(d) != LineBreak.None);
}
