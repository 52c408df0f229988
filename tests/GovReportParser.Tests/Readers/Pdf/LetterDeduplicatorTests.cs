using System.Text;
using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.Hostile;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// The linear fake-bold filter keeps the letters PdfPig's quadratic one keeps, in the same order (ours measures the
/// tolerance on the font's line box, PdfPig on the glyph outline; the kept letters are the same).
/// </summary>
public class LetterDeduplicatorTests
{
    private static IEnumerable<string> SamplePdfs => RepoPaths.SampleIds.Select(id => RepoPaths.Sample(Path.Combine("pdf", id + ".pdf")));

    private static IEnumerable<string> Describe(IEnumerable<PdfGlyph> glyphs) => glyphs.Select(g => $"{g.Value}|{g.FontName}|{g.X}|{g.Y}");

    private static void AssertSameAsPdfPig(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
            Assert.That(Describe(LetterDeduplicator.Deduplicate(PdfPigGlyphs.Of(page.Letters))),
                Is.EqualTo(Describe(PdfPigGlyphs.Of(DuplicateOverlappingTextProcessor.Get(page.Letters)))), $"page {page.Number}");
    }

    [Test]
    public void FakeBoldHeadingsKeepOneCopyAsPdfPigDoes()
    {
        var bytes = HostilePdfs.FakeBold();
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters;

        var kept = LetterDeduplicator.Deduplicate(PdfPigGlyphs.Of(letters));

        Assert.That(letters.Count - kept.Count, Is.EqualTo(5 * "Section 0 heading".Length));
        AssertSameAsPdfPig(bytes);
    }

    [Test]
    public void AGlyphDrawnMoreOftenThanTheGridThresholdKeepsOneCopyOfEachAsPdfPigDoes()
    {
        // One digit 60 times along a line, each drawn twice 0.3 pt apart (fake bold), then the same line again lower, once:
        // the first copies are compared one by one, the later ones through the grid of cells.
        var text = new StringBuilder();
        for (var i = 0; i < 60; i++)
            text.Append(FormattableString.Invariant($"BT /F1 12 Tf {72 + i * 9} 700 Td (8) Tj ET\nBT /F1 12 Tf {72.3 + i * 9} 700 Td (8) Tj ET\n"));
        for (var i = 0; i < 60; i++)
            text.Append($"BT /F1 12 Tf {72 + i * 9} 600 Td (8) Tj ET\n");
        var bytes = HostilePdfs.OnePage((_, font) => $"<< /Font << /F1 {font} 0 R >> >>", pdf => pdf.AddStream(Encoding.ASCII.GetBytes(text.ToString())));
        using var pdf = PdfDocument.Open(bytes);

        var kept = LetterDeduplicator.Deduplicate(PdfPigGlyphs.Of(pdf.GetPage(1).Letters));

        Assert.That(kept, Has.Count.EqualTo(120));
        Assert.That(kept.Take(60).Select(g => g.X), Is.EqualTo(Enumerable.Range(0, 60).Select(i => 72.3 + i * 9)).Within(1e-6));
        AssertSameAsPdfPig(bytes);
    }

    [TestCaseSource(nameof(SamplePdfs))]
    public void SamplePagesKeepTheSameLetters(string path) => AssertSameAsPdfPig(File.ReadAllBytes(path));
}
