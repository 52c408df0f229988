using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace GovReportParser.Readers.Pdf;

/// <summary>One page to its items: ruled tables first (they claim their letters), then the remaining letters as lines, all top to bottom.</summary>
internal static class PdfPageReader
{
    public static PageContent Read(Page page, int number, out int letterCount)
    {
        // Fake bold draws each glyph twice with a small offset; keep one.
        var letters = DuplicateOverlappingTextProcessor.Get(page.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        letterCount = letters.Count;
        var (horizontal, vertical) = RulingSegments.Extract(page.Paths);
        var tables = RuledTableFinder.Find(horizontal, vertical, letters, number, out var rest);
        var items = LineBuilder.Build(rest.Where(l => l.TextOrientation == TextOrientation.Horizontal)).Select(l => new PageItem(l))
            .Concat(tables.Select(t => new PageItem(t)))
            .OrderByDescending(i => i.Top).ToList();
        return new PageContent(number, page.Width, page.Height, items);
    }
}
