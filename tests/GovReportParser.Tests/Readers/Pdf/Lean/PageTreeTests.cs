using System.Text;
using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Tests.Hostile;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>
/// A made-up page tree of three levels: resources and the media box inherited from the nodes above, a crop box of the
/// page's own, a rotation inherited by two pages. The lean layer takes the pages in PdfPig's order with PdfPig's sizes,
/// and leaves the rotated ones to PdfPig.
/// </summary>
public class PageTreeTests
{
    /// <summary>Root [ A [ p1 p2 ] p3 B(rotated) [ p4 p5 ] ]; the font is on the root, the media box on A and the root.</summary>
    private static byte[] Tree()
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var root = pdf.Reserve();
        var a = pdf.Reserve();
        var b = pdf.Reserve();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int Page(int parent, int n, string extra = "")
        {
            var content = pdf.AddStream(Encoding.ASCII.GetBytes($"BT /F1 10 Tf 20 20 Td (P{n}) Tj ET"));
            return pdf.Add($"<< /Type /Page /Parent {parent} 0 R /Contents {content} 0 R {extra} >>");
        }
        var p1 = Page(a, 1);
        var p2 = Page(a, 2, "/CropBox [10 20 200 300]");
        var p3 = Page(root, 3);
        var p4 = Page(b, 4);
        var p5 = Page(b, 5);
        pdf.Set(a, $"<< /Type /Pages /Parent {root} 0 R /Kids [{p1} 0 R {p2} 0 R] /Count 2 /MediaBox [0 0 300 400] >>");
        pdf.Set(b, $"<< /Type /Pages /Parent {root} 0 R /Kids [{p4} 0 R {p5} 0 R] /Count 2 /Rotate 90 >>");
        pdf.Set(root, $"<< /Type /Pages /Kids [{a} 0 R {p3} 0 R {b} 0 R] /Count 5 /MediaBox [0 0 600 800] /Resources << /Font << /F1 {font} 0 R >> >> >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {root} 0 R >>");
        return pdf.Build(catalog);
    }

    [Test]
    public void PagesComeInPdfPigsOrderWithInheritedBoxesAndResources()
    {
        var bytes = Tree();
        using var pdf = PdfDocument.Open(bytes);
        var layer = LeanTextLayer.Open(pdf, new BoundedFilterProvider(new DecodeBudget()), TestFont.Load)!;

        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(layer.TryRead).ToList();

        Assert.That(pages.Take(3).Select(p => string.Concat(p!.Glyphs.Select(g => g.Value))), Is.EqualTo(new[] { "P1", "P2", "P3" }));
        Assert.That(pages.Take(3).Select(p => (p!.Width, p.Height)),
            Is.EqualTo(Enumerable.Range(1, 3).Select(n => (pdf.GetPage(n).Width, pdf.GetPage(n).Height))));
        Assert.That(pages[1]!.Glyphs[0].X, Is.EqualTo(10), "the crop box moves the origin");
        Assert.That(pages.Skip(3), Has.All.Null, "rotated pages are left to PdfPig");
        Assert.That(layer.Fallbacks.Select(f => (f.Page, f.Reason)), Is.EqualTo(new[] { (4, "a rotated page"), (5, "a rotated page") }));
    }

    [Test]
    public void ATreeReadDifferentlyFromPdfPigGivesNoLayer()
    {
        // A page reached twice (directly and through a node): PdfPig has its own repair for that; the lean layer does not guess.
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var root = pdf.Reserve();
        var content = pdf.AddStream("BT ET"u8.ToArray());
        var page = pdf.Add($"<< /Type /Page /Parent {root} 0 R /MediaBox [0 0 100 100] /Contents {content} 0 R >>");
        var twice = pdf.Add($"<< /Type /Pages /Parent {root} 0 R /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(root, $"<< /Type /Pages /Kids [{page} 0 R {twice} 0 R] /Count 2 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {root} 0 R >>");
        using var document = PdfDocument.Open(pdf.Build(catalog));

        Assert.That(LeanTextLayer.Open(document, new BoundedFilterProvider(new DecodeBudget()), TestFont.Load), Is.Null);
    }
}
