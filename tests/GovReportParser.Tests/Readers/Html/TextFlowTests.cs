using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers.Html;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>How page text becomes lines: white space as a browser renders it, breaks as lines and paragraphs.</summary>
public class TextFlowTests
{
    private static IReadOnlyList<Block> Lines(string body) =>
        new HtmlReader().Read(Encoding.UTF8.GetBytes($"<html><body><div id=\"zoom\">{body}</div></body></html>"), "p.html")
            .Blocks.Where(b => b.Kind == BlockKind.Line).ToArray();

    [Test]
    public void A_source_line_break_inside_Chinese_text_vanishes_but_separates_other_text()
    {
        var lines = Lines("<p>3. 创新公开方法，丰富公开形式，拓宽公开渠道，确保操\n作简单明了</p><p>统计时间为 2018\n年 1 月 1 日</p>");

        Assert.That(lines.Select(b => b.Text), Is.EqualTo(new[] { "3. 创新公开方法，丰富公开形式，拓宽公开渠道，确保操作简单明了", "统计时间为 2018 年 1 月 1 日" }));
    }

    /// <summary>
    /// Made up: a table drawn as rows of inline-block spans with nothing between them (a CMS template's cells) reads as
    /// values apart, also across a source line break between Chinese text; plain spans (Word's runs) still run together.
    /// </summary>
    [Test]
    public void Given_inline_block_cells_with_nothing_between_When_read_Then_their_texts_stand_apart()
    {
        const string cell = "<span style=\"display: inline-block; width:60px\">";
        var lines = Lines($"<p>{cell}规范性文件</span>{cell}12</span>{cell}10</span>{cell}86</span></p>"
            + $"<p>{cell}信息内容</span>\n<span style=\"width:90px;display:table-cell\">采购项目数量</span></p>"
            + "<p><span>规范性</span><span>文件</span><span lang=EN-US>12</span></p>");

        Assert.That(lines.Select(b => b.Text), Is.EqualTo(new[] { "规范性文件 12 10 86", "信息内容 采购项目数量", "规范性文件12" }));
    }

    [Test]
    public void Nbsp_and_indentation_are_space_and_full_width_spaces_inside_stay()
    {
        var lines = Lines("<p>&nbsp;&nbsp;&nbsp;&nbsp;　　孝感市教育局 2018 年政府信息公开工作 年　度　报　告&nbsp;</p>");

        Assert.That(lines.Single().Text, Is.EqualTo("孝感市教育局 2018 年政府信息公开工作 年　度　报　告"));
    }

    [Test]
    public void Br_is_a_line_break_and_two_are_a_paragraph_break()
    {
        var lines = Lines("一、概述<br>为进一步加强政府信息公开工作的领导<br><br>二、主动公开政府信息情况<ul><li>1. 领导重视</li><li>2. 强化举措</li></ul>");

        Assert.That(lines.Select(b => (b.Source.Line, b.Text)), Is.EqualTo(new[]
        {
            (1, "一、概述"), (2, "为进一步加强政府信息公开工作的领导"), (4, "二、主动公开政府信息情况"), (6, "1. 领导重视"), (7, "2. 强化举措"),
        }));
    }

    [Test]
    public void Inline_markup_does_not_break_a_line()
    {
        var lines = Lines("<p><strong>一、</strong><span style=\"font-family:仿宋\">组织领导得到<font>进一步</font>加强</span></p>");

        Assert.That(lines.Single().Text, Is.EqualTo("一、组织领导得到进一步加强"));
    }

    [Test]
    public void Preformatted_text_keeps_its_lines_and_tabs_as_a_text_export_would()
    {
        var lines = Lines("<pre>行政许可\t2\t0\t0\n其他对外管理服务事项\t0\t0\t0\n\n政府集中采购\t0\t0</pre>");

        Assert.That(lines.Select(b => (b.Source.Line, b.Text)), Is.EqualTo(new[]
        {
            (1, "行政许可\t2\t0\t0"), (2, "其他对外管理服务事项\t0\t0\t0"), (4, "政府集中采购\t0\t0"),
        }));
    }

    [Test]
    public void Hidden_elements_are_not_text()
    {
        var lines = Lines("<p>六、其他需要报告的事项</p><div style=\"display: none\">扫一扫在手机打开当前页</div><p hidden>分享到</p><p>无</p>");

        Assert.That(lines.Select(b => b.Text), Is.EqualTo(new[] { "六、其他需要报告的事项", "无" }));
    }
}
