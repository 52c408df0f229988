using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace GovReportParser.Readers.Html;

/// <summary>
/// What on a government page is not the report: elements never read (scripts, styles, forms' controls) and page
/// chrome recognised by element name or by a class/id word (nav, crumb, position, share, print, footer …).
/// Words are matched whole after splitting class and id at non-letters, so <c>xxgk_info</c> is not "footer"-ish
/// but <c>bshare-custom</c> and <c>page_footer</c> are.
/// </summary>
internal static partial class PageFurniture
{
    private static readonly HashSet<string> Unread =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "head", "title", "meta", "link", "input", "select", "textarea", "button", "map",
    ];

    private static readonly HashSet<string> ChromeElements = ["nav", "header", "footer", "aside", "menu"];

    private static readonly HashSet<string> ChromeWords =
    [
        "nav", "navbar", "menu", "crumb", "crumbs", "breadcrumb", "breadcrumbs", "position", "location", "dqwz",
        "share", "bshare", "toolbar", "tools", "pagination", "pager", "print", "footer", "foot", "header", "head",
        "sidebar", "related", "copyright", "fontsize", "search", "login",
    ];

    /// <summary>Never rendered: scripts, styles, controls, and elements the page hides (<c>hidden</c>, <c>display:none</c>).</summary>
    public static bool IsUnread(IElement e) =>
        Unread.Contains(e.LocalName) || e.HasAttribute("hidden") || HiddenStyle().IsMatch(e.GetAttribute("style") ?? "");

    public static bool IsChrome(IElement e) =>
        ChromeElements.Contains(e.LocalName) || Words(e.ClassName).Concat(Words(e.Id)).Any(ChromeWords.Contains);

    private static IEnumerable<string> Words(string? attribute) =>
        (attribute ?? "").ToLowerInvariant().Split((char[])[' ', '_', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(SplitDigits);

    /// <summary>"nav2", "footer01" count as their word.</summary>
    private static IEnumerable<string> SplitDigits(string word)
    {
        var letters = word.TrimEnd("0123456789".ToCharArray());
        return letters.Length == word.Length || letters.Length == 0 ? [word] : [word, letters];
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
