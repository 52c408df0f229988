using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Marks page furniture as <see cref="BlockKind.Furniture"/> (kept for provenance, skipped by structure and extraction):
/// page numbers in their usual shapes (<c>- 3 -</c>, <c>— 3 —</c>, <c>第3页 共7页</c>, <c>共7页 第3页</c>, <c>Page 3 of 7</c>),
/// and running headers and footers: when the reader knows the pages, a short line that opens or closes at least three pages
/// and half of all pages (numbers in it may change from page to page); when it does not, a short line that stands beside
/// page numbers, the same beside at least three.
/// </summary>
public sealed partial class PageFurnitureMarker : INormaliser
{
    private const int MinRunningPages = 3;
    private const int MaxRunningLength = 40;

    public static PageFurnitureMarker Default { get; } = new();

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        var running = RunningHeadersAndFooters(document.Blocks);
        var besidePageNumbers = RunningBesidePageNumbers(document.Blocks);
        var blocks = document.Blocks.Select((b, i) =>
            b.Kind != BlockKind.Furniture && (IsPageNumber(b.Text) || running.Count > 0 && running.Contains(Shape(b.Text)) || besidePageNumbers.Contains(i))
                ? b with { Kind = BlockKind.Furniture } : b).ToArray();
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
                .Where(IsRunningCandidate)
                .Select(b => Shape(b.Text)).Distinct();
            foreach (var shape in edges)
                pagesPerShape[shape] = pagesPerShape.GetValueOrDefault(shape) + 1;
        }
        return pagesPerShape.Where(p => p.Value >= MinRunningPages && p.Value * 2 >= pages.Length).Select(p => p.Key).ToHashSet();
    }

    /// <summary>
    /// Running heads in text that does not know its pages (txt, an extractor's output): a page break shows there only
    /// as its page number, so a short line that stands next to a page number, the same (numbers aside) beside at least
    /// three of them, is a running header or footer. Only the lines beside page numbers are marked: the report's own
    /// first line may read like its running title.
    /// </summary>
    private static HashSet<int> RunningBesidePageNumbers(IReadOnlyList<Block> blocks)
    {
        var beside = new Dictionary<string, HashSet<int>>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsPageNumber(blocks[i].Text))
                continue;
            foreach (var j in new[] { i - 1, i + 1 })
                if (j >= 0 && j < blocks.Count && IsRunningCandidate(blocks[j]) && !IsPageNumber(blocks[j].Text))
                    (beside.TryGetValue(Shape(blocks[j].Text), out var at) ? at : beside[Shape(blocks[j].Text)] = []).Add(j);
        }
        return beside.Values.Where(at => at.Count >= MinRunningPages).SelectMany(at => at).ToHashSet();
    }

    /// <summary>A short line with words (Han or letters) in it: a bare number beside a page break is a table's cell.</summary>
    private static bool IsRunningCandidate(Block b) =>
        b.Text.Length <= MaxRunningLength && b.Text.Any(char.IsLetter) && !LineShape.IsTableRow(b.Text) && !LineShape.IsHeading(b.Text);

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
