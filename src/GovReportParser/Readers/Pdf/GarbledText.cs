using GovReportParser.Model;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Flags pages whose text is mostly characters no report contains (private-use code points, controls, stray symbols):
/// the signature of a font without a usable Unicode mapping, whose raw codes PdfPig passes through as text.
/// </summary>
internal static class GarbledText
{
    private const double MaxOddShare = 0.2;
    private const int MinCharacters = 20;

    public static IEnumerable<Warning> Check(IEnumerable<PageContent> pages)
    {
        foreach (var page in pages)
        {
            var text = string.Concat(page.Items.Select(i => i.Line?.Text ?? string.Concat(i.Table!.Cells.Select(c => c.Text))));
            var characters = text.Count(c => !char.IsWhiteSpace(c));
            if (characters < MinCharacters)
                continue;
            var odd = text.Count(IsOdd);
            if (odd > MaxOddShare * characters)
                yield return new Warning("pdf-garbled-text",
                    $"page {page.Number}: {odd} of {characters} characters are not text (a font without Unicode mapping?); the page needs OCR");
        }
    }

    private static bool IsOdd(char c) =>
        c is >= '\uE000' and <= '\uF8FF' || (char.IsControl(c) && !char.IsWhiteSpace(c)) || c == '\uFFFD'
        || (c is >= '\u0080' and < '\u2000' && c != '\u00B7');
}
