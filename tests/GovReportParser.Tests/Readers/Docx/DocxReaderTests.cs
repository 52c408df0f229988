using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Readers.Docx;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Docx;

public class DocxReaderTests
{
    [Test]
    public void Given_sample_002_as_a_Word_document_When_parsed_Then_it_gives_the_report_of_its_text_twin()
    {
        var txt = Samples.Report("002_");
        var bytes = DocxFromText.Make(File.ReadAllText(RepoPaths.SampleTxt("002_")));
        var docx = ReportParser.Default.Parse(bytes, "002.docx");
        Assert.That(docx.Source.Format, Is.EqualTo("docx"));
        Assert.That(docx.Info with { Site = txt.Info.Site }, Is.EqualTo(txt.Info));
        Assert.That(docx.Sections.Select(s => s.Heading), Is.EqualTo(txt.Sections.Select(s => s.Heading)));
        Assert.That(docx.Metrics, Is.EqualTo(txt.Metrics));
        Assert.That(docx.Metrics, Has.Count.GreaterThanOrEqualTo(199), "every table-3 and table-4 cell");
        Assert.That(docx.Figures.Select(f => (f.Value, f.Unit)), Is.EqualTo(txt.Figures.Select(f => (f.Value, f.Unit))));
    }

    [Test]
    public void Given_merged_cells_When_read_Then_the_grid_keeps_every_column()
    {
        var bytes = DocxFromText.Make(File.ReadAllText(RepoPaths.SampleTxt("002_")), title: "华龙区教育局年报");
        var document = new DocxReader().Read(bytes, "002.docx");
        Assert.That(document.TitleHint, Is.EqualTo("华龙区教育局年报"));
        var table4 = document.Blocks.Where(b => b.Kind == BlockKind.Table).Last();
        Assert.That(table4.Rows![0], Has.Count.EqualTo(15), "行政复议 spans five columns, 行政诉讼 ten");
        Assert.That(table4.Rows[0][0], Is.EqualTo("行政复议"));
        Assert.That(table4.Rows[0][5], Is.EqualTo("行政诉讼"));
    }

    [Test]
    public void Given_the_blank_official_template_When_parsed_Then_headings_and_template_are_read_and_no_metric_is_invented()
    {
        var report = ReportParser.Default.Parse(SharedCorpus.File("corpus/raw/004.docx"));
        Assert.That(report.Info.Title, Is.EqualTo("政府信息公开工作年度报告格式模板"));
        Assert.That(report.Info.Template, Is.EqualTo("2021"));
        Assert.That(report.Sections.Select(s => s.Canonical), Is.EqualTo(new[] { "overview", "proactive", "requests", "review_litigation", "problems", "other" }));
        Assert.That(report.Metrics, Is.Empty);
    }

    [Test]
    public void Given_bytes_that_are_not_a_docx_When_read_Then_the_reason_is_clear()
    {
        var reader = new DocxReader();
        Assert.That(Assert.Throws<InvalidInputException>(() => reader.Read([1, 2, 3, 4], "x.docx"))!.Message, Does.StartWith("not a readable .docx"));
        Assert.That(Assert.Throws<InvalidInputException>(() => reader.Read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "x.docx"))!.Message, Does.Contain("old binary .doc"));
        Assert.That(Assert.Throws<InvalidInputException>(() => reader.Read([], "x.docx"))!.Message, Is.EqualTo("empty file"));
    }
}
