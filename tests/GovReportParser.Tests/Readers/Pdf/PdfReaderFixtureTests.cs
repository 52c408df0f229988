using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// Generated fixtures (TestData/Pdf/make-fixtures.sh): a two-page report with a ruled table cut by the page break, and the
/// same file scanned, encrypted and truncated.
/// </summary>
public class PdfReaderFixtureTests
{
    private static Document Read(string name) => new PdfReader().Read(File.ReadAllBytes(RepoPaths.TestData("Pdf/" + name)), name);

    private static string Refusal(string name) =>
        Assert.Throws<InvalidInputException>(() => Read(name))!.Message;

    [Test]
    public void TableCutByThePageBreakIsOneGridWithWholeLabels()
    {
        var doc = Read("report.pdf");
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        var rows = table.Rows!;

        Assert.That(table.Source.Page, Is.EqualTo(1));
        Assert.That(rows.Select(r => r.Count), Is.All.EqualTo(6));
        Assert.That(rows[0], Is.EqualTo(new[] { "申请人情况", "", "", "自然人", "法人", "总计" }));
        Assert.That(rows[1], Is.EqualTo(new[] { "一、本年新收政府信息公开申请数量", "", "", "20", "10", "30" }));
        // Vertical label, one character per line, cut by the break: joined into its first slot.
        Assert.That(rows[2][0], Is.EqualTo("三、本年度办理结果"));
        // Wrapped cell text joined without a space.
        Assert.That(rows[2][1], Is.EqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        // Label cut by the break ("（四）无" | "法提供") made whole; spanned slots empty.
        Assert.That(rows[4].Take(3), Is.EqualTo(new[] { "", "（四）无法提供", "1.本机关不掌握相关政府信息" }));
        Assert.That(rows[6].Take(3), Is.EqualTo(new[] { "", "", "3.补正后申请内容仍不明确" }));
        Assert.That(rows[^1], Is.EqualTo(new[] { "四、结转下年度继续办理", "", "", "8", "6", "14" }));
        Assert.That(table.Text.Split('\n')[1], Is.EqualTo("一、本年新收政府信息公开申请数量\t\t\t20\t10\t30"));
    }

    [Test]
    public void ParagraphStartsAreGapsInTheLineNumbers()
    {
        var lines = Read("report.pdf").Blocks.Where(b => b.Kind == BlockKind.Line).ToList();
        int LineOf(string start) => lines.Single(b => b.Text.StartsWith(start, StringComparison.Ordinal)).Source.Line;

        // Two centred title lines: one paragraph. Indented first lines and a flush-left heading: new paragraphs.
        Assert.That(LineOf("2024年政府"), Is.EqualTo(LineOf("测试市") + 1));
        Assert.That(LineOf("本报告根据"), Is.EqualTo(LineOf("2024年政府") + 2));
        Assert.That(LineOf("所列数据"), Is.EqualTo(LineOf("本报告根据") + 1));
        Assert.That(LineOf("一、总体情况"), Is.EqualTo(LineOf("所列数据") + 2));
        Assert.That(LineOf("2024年，全市"), Is.EqualTo(LineOf("一、总体情况") + 2));
        Assert.That(LineOf("人申请20件"), Is.EqualTo(LineOf("2024年，全市") + 1));
    }

    [Test]
    public void PageNumbersAreFurnitureAndInfoIsMetadata()
    {
        var doc = Read("report.pdf");

        Assert.That(doc.Blocks.Where(b => b.Kind == BlockKind.Furniture).Select(b => (b.Text, b.Source.Page)),
            Is.EqualTo(new[] { ("- 1 -", (int?)1), ("- 2 -", (int?)2) }));
        Assert.That(doc.TitleHint, Is.EqualTo("测试市人民政府2024年政府信息公开工作年度报告"));
        Assert.That(doc.ContainerMetadata["author"], Is.EqualTo("测试"));
        Assert.That(doc.ReaderWarnings, Is.Empty);
    }

    [Test]
    public void ScannedPdfIsRefusedForLackOfText() =>
        Assert.That(Refusal("scanned.pdf"), Is.EqualTo("no text layer (scanned PDF?); OCR is not supported"));

    [Test]
    public void PasswordProtectedPdfIsRefused() =>
        Assert.That(Refusal("encrypted.pdf"), Is.EqualTo("encrypted PDF: a password is required to open it"));

    [Test]
    public void PdfEncryptedWithOnlyAnOwnerPasswordIsRead()
    {
        var text = string.Concat(Read("owner-password-only.pdf").Blocks.Select(b => b.Text));

        Assert.That(text, Does.Contain("三、本年度办理结果"));
    }

    [Test]
    public void TruncatedPdfIsRefusedAsBroken() =>
        Assert.That(Refusal("truncated.pdf"), Does.StartWith("broken PDF: ").And.Not.Contains("\n"));

    [Test]
    public void TextUnderAPdfNameIsRefused()
    {
        var bytes = File.ReadAllBytes(RepoPaths.SampleTxt("000"));

        Assert.That(Assert.Throws<InvalidInputException>(() => new PdfReader().Read(bytes, "x.pdf"))!.Message,
            Is.EqualTo("not a PDF (no %PDF header)"));
        Assert.That(Assert.Throws<InvalidInputException>(() => new PdfReader().Read([], "x.pdf"))!.Message, Is.EqualTo("empty file"));
    }

    [Test]
    public void UnmappedGlyphsAreCountedAndTheirPageIsNotRead()
    {
        var doc = Read("unmapped-glyphs.pdf");

        Assert.That(doc.ReaderWarnings.Select(w => w.Code), Is.EqualTo(new[] { "pdf-unmapped-glyphs", "pdf-garbled-text" }));
        Assert.That(doc.ReaderWarnings[0].Message, Does.StartWith("150 character(s) have no Unicode mapping"));
        Assert.That(doc.ReaderWarnings[1].Message, Does.StartWith("page 1:"));
        Assert.That(doc.Blocks.Select(b => (b.Text, b.Source.Page)),
            Is.EqualTo(new[] { ("Annual report on government information disclosure, page two.", (int?)2) }));
    }

    [Test]
    public void PdfWhoseOnlyTextIsUnmappedIsRefused() =>
        Assert.That(Refusal("garbled-only.pdf"), Does.StartWith("no readable text layer: 150 characters have no Unicode mapping"));

    [Test]
    public void RotatedMarginNoteIsReportedNotMixedIntoLines()
    {
        var doc = Read("rotated.pdf");

        Assert.That(doc.ReaderWarnings.Select(w => w.Message), Is.EqualTo(new[] { "page 1: 6 character(s) set rotated are not read" }));
        Assert.That(doc.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "本报告由测试市人民政府办公室编制。", "全年主动公开政府信息120条。" }));
    }

    [Test]
    public void TableWithoutRulesIsReadFromColumnAlignment()
    {
        var blocks = Read("unruled.pdf").Blocks;
        var table = blocks.Single(b => b.Kind == BlockKind.Table);

        Assert.That(table.Rows, Is.EqualTo(new[]
        {
            new[] { "信息内容", "本年制发件数", "本年废止件数", "现行有效件数" },
            new[] { "规章", "1", "0", "11" },
            new[] { "行政规范性文件", "8", "", "66" },
            new[] { "行政许可", "447228", "12", "3" },
        }));
        Assert.That(blocks.Where(b => b.Kind == BlockKind.Line).Select(b => b.Text),
            Is.EqualTo(new[] { "二、主动公开政府信息情况", "全年共收到政府信息公开申请30件。" }));
    }

    [Test]
    public void DefaultPipelineReadsPdf() =>
        Assert.That(GovReportParser.Pipeline.ReportParser.Default.CanRead("report.PDF"), Is.True);
}
