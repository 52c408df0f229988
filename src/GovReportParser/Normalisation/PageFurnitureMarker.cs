using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Marks page furniture as <see cref="BlockKind.Furniture"/> (kept for provenance, skipped by structure and extraction):
/// page numbers in their usual shapes (<c>- 3 -</c>, <c>— 3 —</c>, <c>第3页 共7页</c>, <c>共7页 第3页</c>, <c>Page 3 of 7</c>),
/// and, when the reader knows the pages, running headers and footers: a short line that opens or closes at least three pages
/// and half of all pages (numbers in it may change from page to page).
/// </summary>
public sealed partial class PageFurnitureMarker : INormaliser
{
    private const int MinRunningPages = 3;
    private const int MaxRunningLength = 40;

    public static PageFurnitureMarker Default { get; } = new();

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        var running = RunningHeadersAndFooters(document.Blocks);
        var blocks = document.Blocks.Select(b =>
            b.Kind != BlockKind.Furniture && (IsPageNumber(b.Text) || running.Count > 0 && running.Contains(Shape(b.Text))) ? b with { Kind = BlockKind.Furniture } : b).ToArray();
        return blocks.SequenceEqual(document.Blocks) ? document : document with { Blocks = blocks };
    }

    public static bool IsPageNumber(string text) => !LineShape.IsTableRow(text) && PageNumber().IsMatch(text);

    private static HashSet<string> RunningHeadersAndFooters(IReadOnlyList<Block> blocks)
    {
        var pages = blocks.Where(b => b.Source.Page is not null).GroupBy(b => b.Source.Page!.Value).ToArray();
        if (pages.Length < MinRunningPages)
            return [];
        var pagesPerShape = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var edges = new[] { page.First(), page.Last() }
                .Where(b => b.Text.Length <= MaxRunningLength && !LineShape.IsTableRow(b.Text) && !LineShape.IsHeading(b.Text))
                .Select(b => Shape(b.Text)).Distinct();
            foreach (var shape in edges)
                pagesPerShape[shape] = pagesPerShape.GetValueOrDefault(shape) + 1;
        }
        return pagesPerShape.Where(p => p.Value >= MinRunningPages && p.Value * 2 >= pages.Length).Select(p => p.Key).ToHashSet();
    }

    /// <summary>The text with digits and spaces folded, so "报告 3" and "报告 4" are the same running footer.</summary>
    private static string Shape(string text) => Digits().Replace(text, "#").Replace(" ", "").Replace("\u3000", "");

    private const string Dash = @"[-—–－~～_]";
    private const string Gap = @"[ \u3000]*";

    [GeneratedRegex(@"^" + Gap + "(?:" + Dash + "+" + Gap + @"[0-9]{1,4}" + Gap + Dash + "+"
        + @"|第" + Gap + @"[0-9]{1,4}" + Gap + "页(?:" + Gap + "[,，/／]?" + Gap + "共" + Gap + @"[0-9]{1,4}" + Gap + "页)?"
        + @"|共" + Gap + @"[0-9]{1,4}" + Gap + "页" + Gap + "[,，]?" + Gap + "第" + Gap + @"[0-9]{1,4}" + Gap + "页"
        + @"|(?i:page)" + Gap + @"[0-9]{1,4}(?:" + Gap + @"(?:of|/)" + Gap + @"[0-9]{1,4})?"
        + ")" + Gap + "$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();
}
