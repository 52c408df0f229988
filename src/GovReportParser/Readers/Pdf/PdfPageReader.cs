using GovReportParser.Model;
using GovReportParser.Readers.Pdf.Lean;
using UglyToad.PdfPig.Content;

namespace GovReportParser.Readers.Pdf;

/// <summary>One page to its items: ruled tables first (they claim their letters), then the remaining letters as lines, all top to bottom.</summary>
internal static class PdfPageReader
{
    public static PageContent Read(Page page, int number, out int letterCount, ICollection<Warning> warnings) =>
        Read(PdfPigGlyphs.Of(page.Letters), RulingSegments.Extract(page.Paths), page.Width, page.Height, number, out letterCount, warnings);

    /// <summary>A page the lean text layer has read.</summary>
    public static PageContent Read(LeanPage page, int number, out int letterCount, ICollection<Warning> warnings) =>
        Read(page.Glyphs, (page.Horizontal, page.Vertical), page.Width, page.Height, number, out letterCount, warnings);

    private static PageContent Read(List<PdfGlyph> glyphs, (List<Segment> Horizontal, List<Segment> Vertical) rules, double width, double height,
        int number, out int letterCount, ICollection<Warning> warnings)
    {
        // Fake bold draws each glyph twice with a small offset; keep one.
        // Space glyphs stay: where a PDF draws them they are the text's own spaces.
        var letters = LetterDeduplicator.Deduplicate(glyphs).Where(l => !string.IsNullOrEmpty(l.Value)).ToList();
        letterCount = letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        var (horizontal, vertical) = rules;
        var tables = RuledTableFinder.Find(horizontal, vertical, letters, number, out var rest);
        // Text set rotated outside a table (a stamp, a margin note, a landscape insert) has no baselines to follow here.
        var rotated = rest.Count(l => !l.Upright && !string.IsNullOrWhiteSpace(l.Value));
        if (rotated > 0)
            warnings.Add(new Warning("pdf-rotated-text", $"page {number}: {rotated} character(s) set rotated are not read"));
        var items = LineBuilder.Build(rest.Where(l => l.Upright)).Select(l => new PageItem(l))
            .Concat(tables.Select(t => new PageItem(t)))
            .OrderByDescending(i => i.Top).ToList();
        var content = new PageContent(number, width, height, items);
        UnruledTables.Find(content);
        return content;
    }
}
