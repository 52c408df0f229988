using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>The sample PDFs are LibreOffice renderings of the txt samples: reading them must give back the txt's paragraphs.</summary>
public class PdfReaderSampleTests
{
    private static IEnumerable<string> SampleIds => RepoPaths.SampleIds;

    private static Document ReadSample(string id) =>
        new PdfReader().Read(File.ReadAllBytes(RepoPaths.Sample(Path.Combine("pdf", id + ".pdf"))), id + ".pdf");

    [TestCaseSource(nameof(SampleIds))]
    public void ParagraphsAndTableRowsMatchTheTxtTwin(string id)
    {
        var rate = PdfTextView.MatchRate(ReadSample(id), RepoPaths.SampleTxt(id[..3]), out var missing);

        TestContext.Out.WriteLine($"{id}: {rate:P1} of txt lines found; missing: {string.Join(" | ", missing)}");
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.98));
    }

    [TestCaseSource(nameof(SampleIds))]
    public void EveryCharacterOfTheTxtTwinIsRead(string id)
    {
        var pdfText = string.Concat(PdfTextView.Paragraphs(ReadSample(id)));
        var txtText = PdfTextView.Fold(File.ReadAllText(RepoPaths.SampleTxt(id[..3])));

        // The PDF may hold more (a title block LibreOffice set from the metadata); the txt's text must all be there, in order.
        Assert.That(IsSubsequence(txtText, pdfText, out var stop), Is.True, $"txt text lost from: {txtText[stop..Math.Min(txtText.Length, stop + 40)]}");
    }

    [Test]
    public void SourceIsPdfWithTheInfoTitleAsHint()
    {
        var doc = ReadSample("002_4b9b066e761ef3f1");

        Assert.That(doc.Source.Format, Is.EqualTo("pdf"));
        Assert.That(doc.Source.Encoding, Is.Null);
        Assert.That(doc.TitleHint, Is.EqualTo("华龙区教育局2020年政府信息公开工作年度报告"));
        Assert.That(doc.ContainerMetadata["producer"], Does.StartWith("LibreOffice"));
        Assert.That(doc.ContainerMetadata["pages"], Is.EqualTo("7"));
    }

    [Test]
    public void BlankPageIsSkippedWithoutWarning()
    {
        var doc = ReadSample("004_112815d22716772a");

        Assert.That(doc.Blocks.Min(b => b.Source.Page), Is.EqualTo(2));
        Assert.That(doc.ReaderWarnings, Is.Empty);
    }

    [Test]
    public void EveryBlockHasItsPage()
    {
        var doc = ReadSample("002_4b9b066e761ef3f1");

        Assert.That(doc.Blocks.Select(b => b.Source.Page), Is.All.InRange(1, 7));
        Assert.That(doc.Blocks.Select(b => b.Source.Page), Is.Ordered);
        Assert.That(doc.Blocks.Select(b => b.Source.Line), Is.Ordered.And.Unique);
    }

    [Test]
    public void TabSeparatedRowsOfSample002AreTableRows()
    {
        var doc = ReadSample("002_4b9b066e761ef3f1");
        var rows = doc.Blocks.Where(b => b.Kind == BlockKind.Table).SelectMany(b => b.Rows!).Select(r => PdfTextView.Fold(string.Concat(r))).ToHashSet();
        var txtRows = File.ReadAllLines(RepoPaths.SampleTxt("002")).Where(l => l.Contains('\t')).Select(PdfTextView.Fold).ToList();

        Assert.That(txtRows, Has.Count.GreaterThan(30));
        Assert.That(txtRows.Where(r => !rows.Contains(r)), Is.Empty);
    }

    private static bool IsSubsequence(string needle, string haystack, out int stop)
    {
        var j = 0;
        for (stop = 0; stop < needle.Length; stop++)
        {
            j = haystack.IndexOf(needle[stop], j);
            if (j < 0)
                return false;
            j++;
        }
        return true;
    }
}
