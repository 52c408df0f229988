using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>What the page says about itself outside the body text: its meta tags and its title.</summary>
internal static class PageMetadata
{
    /// <summary>
    /// The <c>&lt;meta name&gt;</c> fields government sites fill (the 《政府网站发展指引》 set); keys keep these spellings
    /// whatever case the page used. Generic ones (viewport, generator …) say nothing about the report.
    /// </summary>
    private static readonly string[] MetaNames =
    [
        "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType", "ColumnDescription", "ColumnKeywords",
        "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description", "Url",
    ];

    public static Dictionary<string, string> FromMetaTags(IDocument page)
    {
        var result = new Dictionary<string, string>();
        foreach (var meta in page.QuerySelectorAll("meta[name][content]"))
        {
            var name = MetaNames.FirstOrDefault(n => n.Equals(meta.GetAttribute("name")?.Trim(), StringComparison.OrdinalIgnoreCase));
            var content = Clean(meta.GetAttribute("content"));
            if (name is not null && content.Length > 0)
                result.TryAdd(name, content);
        }
        return result;
    }

    /// <summary>
    /// The report's title as the page gives it: the ArticleTitle meta, else the heading nearest before the article
    /// body (CMS pages set the title above the editor area), else the first heading inside it, else <c>&lt;title&gt;</c>
    /// without the column and site names after it. A candidate that is only the page's column or site name (its
    /// ColumnName/SiteName meta: a column heading such as 政府信息公开年报) is chrome, and one that states a year — as a
    /// report's title does — goes before one that does not.
    /// </summary>
    public static string? Title(IDocument page, IElement root, IReadOnlyDictionary<string, string> metaTags)
    {
        var fromMeta = page.QuerySelectorAll("meta[name][content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("name")?.Trim(), "ArticleTitle", StringComparison.OrdinalIgnoreCase));
        var candidates = (page.Body?.QuerySelectorAll("h1, h2, h3, [class*=title], [id*=title]") ?? Enumerable.Empty<IElement>())
            .Where(h => !IsInChrome(h, root))
            .ToArray();
        var before = candidates.LastOrDefault(h => !root.Contains(h) && !h.Contains(root) && Precedes(h, root));
        var inside = candidates.FirstOrDefault(h => h.LocalName.StartsWith('h') && root.Contains(h));
        var pageNames = ChromeNames.Select(metaTags.GetValueOrDefault).Where(n => n is not null).ToHashSet();
        var titles = new[] { Clean(fromMeta?.GetAttribute("content")), TextOf(before), TextOf(inside), WithoutSiteSuffix(Clean(page.Title)) }
            .Where(t => t.Length > 0 && !pageNames.Contains(t)).ToArray();
        return titles.FirstOrDefault(StatesYear) ?? titles.FirstOrDefault();
    }

    /// <summary>The meta fields that name the page's frame, not its article.</summary>
    private static readonly string[] ChromeNames = ["SiteName", "ColumnName", "ColumnType"];

    private static bool StatesYear(string title) => title.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && title.Contains('年');

    /// <summary>
    /// CMS templates write <c>&lt;title&gt;</c> as the article's title followed by its column and site
    /// (<c>标题_栏目_站点</c>, or with <c>|</c> or <c> - </c>): the title is the first part.
    /// </summary>
    private static string WithoutSiteSuffix(string title)
    {
        var cut = title.IndexOfAny(['_', '|', '｜']);
        var dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (cut < 0 || dash < cut))
            cut = dash;
        return cut > 0 ? title[..cut].Trim() : title;
    }

    private static string TextOf(IElement? e) => e is null ? "" : RenderedText.Of(e);

    private static bool Precedes(INode a, INode b) => b.CompareDocumentPosition(a).HasFlag(DocumentPositions.Preceding);

    private static bool IsInChrome(IElement e, IElement root)
    {
        for (var x = e; x is not null && x != root; x = x.ParentElement)
            if (PageFurniture.IsChrome(x) && !x.Contains(root))
                return true;
        return false;
    }

    private static string Clean(string? value) => string.Join(' ', (value ?? "").Split((char[])[' ', '\t', '\r', '\n', '\u00A0', '\u3000'],
        StringSplitOptions.RemoveEmptyEntries));
}
