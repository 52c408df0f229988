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

    [TestCaseSource(nameof(SamplePdfs))]
    public void SamplePagesKeepTheSameLetters(string path) => AssertSameAsPdfPig(File.ReadAllBytes(path));
}
