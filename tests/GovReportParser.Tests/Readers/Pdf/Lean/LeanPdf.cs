using System.Text;
using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Tests.Hostile;
using UglyToad.PdfPig;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>Made-up one-page PDFs for the lean text layer, read by it with <see cref="TestFont"/>.</summary>
internal static class LeanPdf
{
    /// <summary>
    /// A page with font /F1 (name TestSans) and /V1 (vertical), the given extra resources and content; with
    /// <paramref name="standardFonts"/> both are Helvetica of the standard 14, so that PdfPig can read the page too.
    /// </summary>
    public static byte[] Page(string content, Func<PdfWriter, string>? xObjects = null, string pageExtra = "", bool standardFonts = false)
    {
        const string mediaBox = "[0 0 600 800]";
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        const string standard = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        var font = pdf.Add(standardFonts ? standard : "<< /Type /Font /Subtype /TrueType /BaseFont /TestSans >>");
        var vertical = pdf.Add(standardFonts ? standard : "<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-V >>");
        var state = pdf.Add($"<< /Type /ExtGState /Font [{font} 0 R 20] >>");
        var extra = xObjects?.Invoke(pdf) ?? "";
        var contents = pdf.AddStream(Encoding.ASCII.GetBytes(content));
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox {mediaBox} {pageExtra} /Resources << /Font << /F1 {font} 0 R /V1 {vertical} 0 R >> /ExtGState << /GS1 {state} 0 R >> {extra} >> /Contents {contents} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>The first page as the lean layer reads it; throws when it would leave the page to PdfPig.</summary>
    public static LeanPage Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var layer = LeanTextLayer.Open(pdf, new BoundedFilterProvider(new DecodeBudget()), TestFont.Load)
            ?? throw new InvalidOperationException("no lean layer for the document");
        return layer.TryRead(1) ?? throw new LeanUnsupportedException(layer.Fallbacks[0].Reason);
    }

    public static LeanPage Read(string content, Func<PdfWriter, string>? xObjects = null) => Read(Page(content, xObjects));
}
