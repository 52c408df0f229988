using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Tests.Hostile;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>
/// The reader with the lean text layer in front of PdfPig: a page the layer gives up on is read by PdfPig exactly as
/// before (same blocks, same warnings), and the decode budget holds whichever of the two decodes a page.
/// </summary>
public class PdfReaderLeanTests
{
    private static ILeanFont Refuse(UglyToad.PdfPig.Tokens.DictionaryToken font, UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner,
        UglyToad.PdfPig.Filters.IFilterProvider filters) => throw new LeanUnsupportedException("made-up refusal");

    private static IEnumerable<string> Describe(Document d) =>
        d.Blocks.Select(b => $"{b.Kind}|{b.Source}|{b.Text}|{(b.Rows is null ? "" : string.Join("/", b.Rows.Select(r => string.Join(",", r))))}")
            .Concat(d.ReaderWarnings.Select(w => $"warning {w.Code}: {w.Message}"));

    [Test]
    public void PagesTheLeanLayerGivesUpAreReadByPdfPigAsBefore()
    {
        var path = RepoPaths.Sample(Path.Combine("pdf", RepoPaths.SampleIds.First() + ".pdf"));
        var bytes = File.ReadAllBytes(path);
        var fallbacks = new List<(int Page, string Reason)>();

        var lean = new PdfReader(PdfPageReader.Read, Refuse).Read(bytes, path, fallbacks);
        var plain = new PdfReader(PdfPageReader.Read).Read(bytes, path);

        Assert.That(Describe(lean), Is.EqualTo(Describe(plain)));
        Assert.That(fallbacks, Is.Not.Empty);
        Assert.That(fallbacks.Select(f => f.Reason), Has.All.EqualTo("made-up refusal"));
    }

    public static IEnumerable<string> SamplePdfs() =>
        RepoPaths.SampleIds.Select(id => Path.Combine("pdf", id + ".pdf"));

    [TestCaseSource(nameof(SamplePdfs))]
    public void TheDefaultReaderReadsSamplesThroughTheLeanLayerAsPdfPigAloneDoes(string sample)
    {
        var path = RepoPaths.Sample(sample);
        var bytes = File.ReadAllBytes(path);
        var fallbacks = new List<(int Page, string Reason)>();

        var lean = new PdfReader().Read(bytes, path, fallbacks);
        var plain = new PdfReader(PdfPageReader.Read).Read(bytes, path);

        Assert.That(Describe(lean), Is.EqualTo(Describe(plain)));
        Assert.That(fallbacks, Is.Empty);
    }

    [Test]
    public void TheDecodeBudgetHoldsForPagesTheLeanLayerReads()
    {
        var bomb = HostilePdfs.PathBomb(64);

        var refusal = Assert.Throws<InvalidInputException>(() => new PdfReader(PdfPageReader.Read, TestFont.Load).Read(bomb, "bomb.pdf"))!;

        Assert.That(refusal.Message, Is.EqualTo("a page's content decodes to more than 4 MiB (a decompression bomb?)"));
    }

    [Test]
    public void UnmappedGlyphsOfLeanPagesAreCountedIntoTheWarning()
    {
        var text = string.Concat(Enumerable.Repeat("Annual report ", 3));
        var bytes = LeanPdf.Page($"BT /F1 10 Tf 72 700 Td ({text}\\001\\001\\001) Tj ET");
        var fallbacks = new List<(int Page, string Reason)>();

        var doc = new PdfReader(PdfPageReader.Read, TestFont.Load).Read(bytes, "made-up.pdf", fallbacks);

        Assert.That(fallbacks, Is.Empty);
        Assert.That(doc.ReaderWarnings.Single(w => w.Code == "pdf-unmapped-glyphs").Message, Does.StartWith("3 character(s)"));
    }
}
