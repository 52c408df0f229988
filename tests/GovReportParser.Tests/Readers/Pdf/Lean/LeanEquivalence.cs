using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using UglyToad.PdfPig;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>What comparing the lean text layer with PdfPig over one file found.</summary>
internal sealed record Equivalence(int Pages, List<(int Page, string Reason)> Fallbacks, List<string> Differences);

/// <summary>
/// The lean text layer against PdfPig on every page of a file: the glyphs (as <see cref="PdfPigGlyphs"/> makes them from
/// PdfPig's letters), the rules (<see cref="RulingSegments"/> over PdfPig's paths), the page size and whether it has images.
/// Pages the lean layer leaves to PdfPig are counted, not compared; a page PdfPig cannot read must not be read by it.
/// Files the reader refuses before reading pages (ObjectGraphGuard) are compared on no page.
/// </summary>
internal static class LeanEquivalence
{
    /// <summary>Positions agree to rounding: the arithmetic is PdfPig's, the order of sums may differ.</summary>
    private const double Tolerance = 1e-9;

    public static Equivalence Compare(byte[] bytes, FontLoader fonts)
    {
        var fallbacks = new List<(int, string)>();
        var differences = new List<string>();
        var budget = new DecodeBudget();
        var filters = new BoundedFilterProvider(budget);
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, FilterProvider = filters });
        try
        {
            ObjectGraphGuard.Check(pdf, filters, budget);
        }
        catch (InvalidInputException)
        {
            return new Equivalence(0, fallbacks, differences);
        }
        var layer = LeanTextLayer.Open(pdf, filters, fonts);
        if (layer is null)
            return new Equivalence(pdf.NumberOfPages, [(0, "no lean layer for the document")], differences);
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            budget.StartPage();
            LeanPage? lean;
            try
            {
                lean = layer.TryRead(n);
            }
            catch (InvalidInputException e)
            {
                differences.Add($"page {n}: the lean layer refused the file: {e.Message}");
                continue;
            }
            if (lean is null)
                continue;
            budget.StartPage();
            UglyToad.PdfPig.Content.Page page;
            try
            {
                page = pdf.GetPage(n);
            }
            catch (Exception e) when (e is not InvalidInputException)
            {
                differences.Add($"page {n}: PdfPig cannot read it ({e.Message}) but the lean layer did");
                continue;
            }
            ComparePage(n, lean, page, differences);
        }
        fallbacks.AddRange(layer.Fallbacks);
        return new Equivalence(pdf.NumberOfPages, fallbacks, differences);
    }

    private static void ComparePage(int n, LeanPage lean, UglyToad.PdfPig.Content.Page page, List<string> differences)
    {
        if (lean.Width != page.Width || lean.Height != page.Height)
            differences.Add($"page {n}: size {lean.Width}x{lean.Height}, PdfPig {page.Width}x{page.Height}");
        var images = page.GetImages().Any();
        if (lean.HasImages != images)
            differences.Add($"page {n}: images {lean.HasImages}, PdfPig {images}");
        var expected = PdfPigGlyphs.Of(page.Letters);
        if (lean.Glyphs.Count != expected.Count)
            differences.Add($"page {n}: {lean.Glyphs.Count} glyphs, PdfPig {expected.Count}");
        for (var i = 0; i < Math.Min(lean.Glyphs.Count, expected.Count) && differences.Count < 20; i++)
            if (!Same(lean.Glyphs[i], expected[i]))
                differences.Add($"page {n} glyph {i}: {lean.Glyphs[i]}, PdfPig {expected[i]}");
        var (horizontal, vertical) = RulingSegments.Extract(page.Paths);
        CompareRules(n, "horizontal", lean.Horizontal, horizontal, differences);
        CompareRules(n, "vertical", lean.Vertical, vertical, differences);
    }

    private static bool Same(PdfGlyph a, PdfGlyph b) =>
        a.Value == b.Value && a.FontName == b.FontName && a.PointSize == b.PointSize && a.Upright == b.Upright
        && Close(a.X, b.X) && Close(a.Y, b.Y) && Close(a.EndX, b.EndX) && Close(a.EndY, b.EndY)
        && Close(a.Left, b.Left) && Close(a.Bottom, b.Bottom) && Close(a.Right, b.Right) && Close(a.Top, b.Top);

    private static void CompareRules(int n, string direction, List<Segment> lean, List<Segment> pdfPig, List<string> differences)
    {
        if (lean.Count != pdfPig.Count)
            differences.Add($"page {n}: {lean.Count} {direction} rules, PdfPig {pdfPig.Count}");
        else
            for (var i = 0; i < lean.Count; i++)
                if (!Close(lean[i].At, pdfPig[i].At) || !Close(lean[i].From, pdfPig[i].From) || !Close(lean[i].To, pdfPig[i].To))
                    differences.Add($"page {n} {direction} rule {i}: {lean[i]}, PdfPig {pdfPig[i]}");
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(b));
}
