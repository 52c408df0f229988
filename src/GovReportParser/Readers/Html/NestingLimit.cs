using System.Text;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Keeps a page's element nesting within <see cref="MaxDepth"/> before AngleSharp builds its tree. The HTML tree builder
/// scans its stack of open elements for many start tags (a <c>&lt;div&gt;</c> looks for an open <c>&lt;p&gt;</c> down to
/// the nearest scope boundary), so 100,000 nested divs cost it minutes; AngleSharp's own depth limit only moves where
/// the deep elements are attached, not how long the stack grows. A light scan of the source (tags, comments and
/// raw-text elements told apart, end tags matched as the tree builder would within a few levels) estimates the nesting,
/// and the start and end tags of elements past the limit are cut out: their text stays, in the element at the limit,
/// as a browser's depth limit keeps it. No real report page comes near the limit, so for them the source is unchanged.
/// </summary>
internal static class NestingLimit
{
    /// <summary>Real pages nest a few dozen levels; AngleSharp flattens past 512 anyway.</summary>
    public const int MaxDepth = 256;

    /// <summary>How far down the open elements an end tag looks for its start tag; a real page closes within a few.</summary>
    private const int MatchWindow = 64;

    /// <summary>Elements that never hold others, or whose end is implied by what follows (they cannot pile up).</summary>
    private static readonly HashSet<string> NotNesting =
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
    ];

    /// <summary>Their content is text up to their end tag, not markup (noscript is markup: the parser runs without scripting).</summary>
    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>An end tag does not reach past these to close an element opened outside them (they bound the scope).</summary>
    private static readonly HashSet<string> ScopeBoundaries = ["table", "template", "applet", "object", "marquee", "svg", "math"];

    private readonly record struct Open(string Name, bool Cut);

    public static string Limit(string html)
    {
        var open = new List<Open>();
        var kept = 0;
        var foreign = 0; // inside <svg> or <math>, where "<x/>" closes itself
        List<(int Start, int End)>? cuts = null;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
                continue;
            }
            var isEnd = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue; // a literal "<"
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosing = html[tagEnd - 1] == '>' && tagEnd - 2 > nameEnd && html[tagEnd - 2] == '/';
            if (isEnd)
            {
                if (Close(open, name, ref kept, ref foreign) is true)
                    (cuts ??= []).Add((i, tagEnd));
            }
            else if (RawText.Contains(name))
            {
                tagEnd = SkipPast(html, tagEnd, "</" + name, StringComparison.OrdinalIgnoreCase);
            }
            else if (name == "plaintext")
                break;
            else if (!NotNesting.Contains(name) && !(selfClosing && (foreign > 0 || name is "svg" or "math")))
            {
                var cut = kept >= MaxDepth;
                open.Add(new Open(name, cut));
                if (cut)
                    (cuts ??= []).Add((i, tagEnd));
                else
                    kept++;
                if (name is "svg" or "math")
                    foreign++;
            }
            i = tagEnd;
        }
        return cuts is null ? html : Cut(html, cuts);
    }

    /// <summary>Pops to the matching open element: true when that element's start tag was cut, null when none matches.</summary>
    private static bool? Close(List<Open> open, string name, ref int kept, ref int foreign)
    {
        for (var k = open.Count - 1; k >= 0 && k >= open.Count - MatchWindow; k--)
        {
            if (open[k].Name == name)
            {
                var cut = open[k].Cut;
                for (var j = open.Count - 1; j >= k; j--)
                {
                    if (!open[j].Cut)
                        kept--;
                    if (open[j].Name is "svg" or "math")
                        foreign--;
                }
                open.RemoveRange(k, open.Count - k);
                return cut;
            }
            if (ScopeBoundaries.Contains(open[k].Name))
                return null;
        }
        return null;
    }

    /// <summary>The index after the tag's closing "&gt;", quoted attribute values skipped.</summary>
    private static int TagEnd(string html, int from)
    {
        var previous = ' ';
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (c == '>')
                return k + 1;
            if (c is '"' or '\'' && previous == '=')
            {
                var close = html.IndexOf(c, k + 1);
                if (close < 0)
                    return html.Length;
                k = close;
            }
            if (!char.IsWhiteSpace(c))
                previous = c;
        }
        return html.Length;
    }

    private static int SkipPast(string html, int from, string end, StringComparison comparison = StringComparison.Ordinal)
    {
        var at = html.IndexOf(end, Math.Min(from, html.Length), comparison);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static string Cut(string html, List<(int Start, int End)> cuts)
    {
        var result = new StringBuilder(html.Length);
        var from = 0;
        foreach (var (start, end) in cuts)
        {
            result.Append(html, from, start - from);
            from = end;
        }
        return result.Append(html, from, html.Length - from).ToString();
    }
}
