using GovReportParser.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>
/// The lean text layer of one open document: its pages read without PdfPig's page objects (no glyph outlines, no font
/// programs, no object per operator). A page it does not read exactly as PdfPig would gives null and is read by PdfPig;
/// a document whose page tree it does not follow gives no layer at all.
/// </summary>
internal sealed class LeanTextLayer
{
    private readonly List<PageNode> _pages;
    private readonly DocumentCache _cache;

    private LeanTextLayer(List<PageNode> pages, DocumentCache cache)
    {
        _pages = pages;
        _cache = cache;
    }

    /// <summary>The pages left to PdfPig so far, with the reason for each.</summary>
    public List<(int Page, string Reason)> Fallbacks { get; } = [];

    public static LeanTextLayer? Open(PdfDocument pdf, IFilterProvider filters, FontLoader fonts)
    {
        try
        {
            return new LeanTextLayer(PageTree.Read(pdf), new DocumentCache(pdf.Structure.TokenScanner, filters, fonts));
        }
        catch (Exception e) when (IsFallback(e))
        {
            return null;
        }
    }

    /// <summary>Page <paramref name="number"/> (from 1), or null when PdfPig is to read it.</summary>
    public LeanPage? TryRead(int number)
    {
        try
        {
            return LeanPageReader.Read(_pages[number - 1], _cache, _cache.Filters);
        }
        catch (Exception e) when (IsFallback(e))
        {
            Fallbacks.Add((number, e.Message));
            return null;
        }
    }

    /// <summary>
    /// Anything but a refusal of the file (a decode budget spent) or memory running out: PdfPig then reads the page and
    /// reports it the way it always has, if it is damaged.
    /// </summary>
    private static bool IsFallback(Exception e) => e is not InvalidInputException and not OutOfMemoryException;
}
