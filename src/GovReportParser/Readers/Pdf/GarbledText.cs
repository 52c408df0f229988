using GovReportParser.Model;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Flags pages whose text is mostly characters no report contains (private-use code points, controls, stray symbols):
/// the signature of a font without a usable Unicode mapping, whose raw codes PdfPig passes through as text. Such a page's
/// text is garbage, so it is not read: better a warning than figures made of glyph codes.
/// </summary>
internal static class GarbledText
{
    private const double MaxOddShare = 0.2;
    private const int MinCharacters = 20;

    /// <summary>Removes the text of garbled pages, with a warning for each.</summary>
    public static List<Warning> Drop(List<PageContent> pages)
    {
        var warnings = Check(pages).ToList();
        pages.RemoveAll(p => warnings.Any(w => w.Page == p.Number));
        return warnings.Select(w => w.Warning).ToList();
    }

    private static IEnumerable<(int Page, Warning Warning)> Check(IEnumerable<PageContent> pages)
    {
        foreach (var page in pages)
        {
            var text = string.Concat(page.Items.Select(i => i.Line?.Text ?? string.Concat(i.Table!.Cells.Select(c => c.Text))));
            var characters = text.Count(c => !char.IsWhiteSpace(c));
            if (characters < MinCharacters)
                continue;
            var odd = text.Count(IsOdd);
            if (odd > MaxOddShare * characters)
                yield return (page.Number, new Warning("pdf-garbled-text",
                    $"page {page.Number}: {odd} of {characters} characters are not text (a font without Unicode mapping?); the page is not read, it needs OCR"));
        }
    }

    private static bool IsOdd(char c) =>
        c is >= '\uE000' and <= '\uF8FF' || (char.IsControl(c) && !char.IsWhiteSpace(c)) || c == '\uFFFD'
        || (c is >= '\u0080' and < '\u2000' && c != '\u00B7');
}
