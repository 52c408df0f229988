using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class PageFurnitureMarkerTests
{
    [TestCase("- 3 -")]
    [TestCase("— 12 —")]
    [TestCase("-3-")]
    [TestCase("第3页 共7页")]
    [TestCase("第 3 页，共 7 页")]
    [TestCase("共7页 第3页")]
    [TestCase("Page 3 of 7")]
    public void Page_numbers_are_furniture(string line) => Assert.That(PageFurnitureMarker.IsPageNumber(line), Is.True);

    [TestCase("3")]
    [TestCase("第二十条第（一）项")]
    [TestCase("1. 管理水平上有待进一步提高。")]
    [TestCase("行政许可\t2\t0\t0")]
    [TestCase("0712-2327166")]
    public void Other_lines_are_not(string line) => Assert.That(PageFurnitureMarker.IsPageNumber(line), Is.False);

    [Test]
    public void A_running_header_on_every_page_is_furniture_and_the_body_is_not()
    {
        // Sample 003 cut into pages of ten lines, each opened by the same header, as a PDF-to-text tool prints it.
        var lines = File.ReadAllLines(RepoPaths.SampleTxt("003"));
        var paged = lines.Chunk(10).Select(page => "余姚市教育局政府信息公开年度报告\n" + string.Join("\n", page));
        var document = SampleDocuments.FromPages(paged);

        var marked = PageFurnitureMarker.Default.Normalise(document, new Diagnostics());

        var furniture = marked.Blocks.Where(b => b.Kind == BlockKind.Furniture).ToArray();
        Assert.That(furniture.Select(b => b.Text).Distinct(), Is.EqualTo(new[] { "余姚市教育局政府信息公开年度报告" }));
        Assert.That(furniture.Select(b => b.Source.Page).Distinct().Count(), Is.EqualTo(lines.Chunk(10).Count()));
    }

    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Samples_have_no_furniture(string id) =>
        Assert.That(PageFurnitureMarker.Default.Normalise(SampleDocuments.Read(id), new Diagnostics()).Blocks.Where(b => b.Kind == BlockKind.Furniture), Is.Empty);

    private static string[] FurnitureOf(string text)
    {
        return PageFurnitureMarker.Default.Normalise(SampleDocuments.FromText(text), new Diagnostics()).Blocks
            .Where(b => b.Kind == BlockKind.Furniture).Select(b => b.Text).ToArray();
    }

    [Test]
    public void Given_text_without_pages_When_a_line_stands_beside_three_page_numbers_Then_it_is_a_running_head_there_only()
    {
        var text = "某某县人民政府办公室\n2022年政府信息公开工作年度报告\n正文第一段。\n- 1 -\n某某县人民政府办公室\n正文第二段。\n"
            + "- 2 -\n某某县人民政府办公室\n正文第三段。\n某某县人民政府办公室\n- 3 -\n正文第四段。";

        Assert.That(FurnitureOf(text), Is.EqualTo(new[] { "- 1 -", "某某县人民政府办公室", "- 2 -", "某某县人民政府办公室", "某某县人民政府办公室", "- 3 -" }));
    }

    [Test]
    public void Given_text_without_pages_When_a_line_stands_beside_two_page_numbers_Then_it_is_text() =>
        Assert.That(FurnitureOf("正文。\n- 1 -\n某某县人民政府办公室\n正文。\n- 2 -\n某某县人民政府办公室\n正文。"),
            Is.EqualTo(new[] { "- 1 -", "- 2 -" }));

    [Test]
    public void Given_a_table_one_cell_a_line_When_cells_stand_beside_page_numbers_Then_they_stay_values() =>
        Assert.That(FurnitureOf("总计\n95\n- 1 -\n0\n0\n- 2 -\n0\n12\n- 3 -\n7\n0"), Is.EqualTo(new[] { "- 1 -", "- 2 -", "- 3 -" }));
}
