using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.Hostile;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>The linear fake-bold filter keeps exactly the letters PdfPig's quadratic one keeps, in the same order.</summary>
public class LetterDeduplicatorTests
{
    private static IEnumerable<string> SamplePdfs => RepoPaths.SampleIds.Select(id => RepoPaths.Sample(Path.Combine("pdf", id + ".pdf")));

    private static IEnumerable<string> Describe(IEnumerable<Letter> letters) =>
        letters.Select(l => $"{l.Value}|{l.FontName}|{l.FontDetails.IsBold}|{l.BoundingBox}|{l.StartBaseLine}");

    private static void AssertSameAsPdfPig(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
            Assert.That(Describe(LetterDeduplicator.Deduplicate(page.Letters)),
                Is.EqualTo(Describe(DuplicateOverlappingTextProcessor.Get(page.Letters))), $"page {page.Number}");
    }

    [Test]
    public void FakeBoldHeadingsKeepOneBoldCopyAsPdfPigDoes()
    {
        var bytes = HostilePdfs.FakeBold();
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters;

        var kept = LetterDeduplicator.Deduplicate(letters);

        Assert.That(kept.Count(l => l.FontDetails.IsBold), Is.EqualTo(5 * "Section 0 heading".Length));
        AssertSameAsPdfPig(bytes);
    }

    [TestCaseSource(nameof(SamplePdfs))]
    public void SamplePagesKeepTheSameLetters(string path) => AssertSameAsPdfPig(File.ReadAllBytes(path));
}
