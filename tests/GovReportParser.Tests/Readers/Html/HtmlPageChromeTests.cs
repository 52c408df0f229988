using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>The sample pages wrap the report in a CMS page: menu, breadcrumb, heading, info bar, footer.</summary>
public partial class HtmlPageChromeTests
{
    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Menu_breadcrumb_info_bar_and_footer_are_furniture(string id)
    {
        var blocks = TwinLines.Read(TwinLines.SamplePage(id)).Blocks;
        var furniture = blocks.Where(b => b.Kind == BlockKind.Furniture).Select(b => b.Text).ToArray();
        var content = blocks.Where(b => b.Kind != BlockKind.Furniture).Select(b => b.Text).ToArray();

        Assert.That(furniture, Does.Contain("首页"));
        Assert.That(furniture, Has.Some.StartsWith("当前位置："));
        Assert.That(furniture, Has.Some.StartsWith("来源：本站"));
        Assert.That(furniture, Has.Some.StartsWith("主办单位："));
        Assert.That(content, Has.None.Contains("当前位置").And.None.Contains("主办单位").And.None.EqualTo("首页"));
    }

    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Title_hint_is_the_article_heading(string id)
    {
        var path = TwinLines.SamplePage(id);
        var heading = H1().Match(File.ReadAllText(path)).Groups[1].Value;

        Assert.That(TwinLines.Read(path).TitleHint, Is.EqualTo(heading));
    }

    [Test]
    public void Meta_tags_of_government_sites_are_kept_and_others_not()
    {
        var page = """
            <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <meta name="ArticleTitle" content="华龙区教育局2020年政府信息公开工作年度报告"><meta name="pubdate" content="2021-01-29">
            <meta name="ContentSource" content="华龙区教育局"></head><body><div id="zoom"><p>2020年，我局政府信息公开工作在区政府信息科的精心指导下有序推进。</p></div></body></html>
            """u8.ToArray();

        var document = new GovReportParser.Readers.Html.HtmlReader().Read(page, "page.html");

        Assert.That(document.ContainerMetadata, Is.EqualTo(new Dictionary<string, string>
        {
            ["ArticleTitle"] = "华龙区教育局2020年政府信息公开工作年度报告",
            ["PubDate"] = "2021-01-29",
            ["ContentSource"] = "华龙区教育局",
        }));
        Assert.That(document.TitleHint, Is.EqualTo("华龙区教育局2020年政府信息公开工作年度报告"));
    }

    /// <summary>Made up: a column heading above the article and the site's name in &lt;title&gt; are not the title.</summary>
    [TestCase("<title>某某区2022年政府信息公开工作年度报告_政府信息公开年报_某某区人民政府</title>", "", "某某区2022年政府信息公开工作年度报告")]
    [TestCase("<title>某某区人民政府</title><meta name=\"SiteName\" content=\"某某区人民政府\"><meta name=\"ColumnName\" content=\"政府信息公开年报\">", "", null)]
    [TestCase("<meta name=\"ColumnName\" content=\"政府信息公开年报\">", "<h1>某某区2022年政府信息公开工作年度报告</h1>", "某某区2022年政府信息公开工作年度报告")]
    public void Title_hint_is_never_the_column_or_site_name(string head, string articleHeading, string? hint)
    {
        var page = System.Text.Encoding.UTF8.GetBytes($"""
            <html><head><meta charset="utf-8">{head}</head><body><div class="column-title">政府信息公开年报</div>
            <div id="zoom">{articleHeading}<p>2022年，我区政府信息公开工作在上级部门的精心指导下有序推进，取得明显成效。</p></div></body></html>
            """);

        Assert.That(new GovReportParser.Readers.Html.HtmlReader().Read(page, "page.html").TitleHint, Is.EqualTo(hint));
    }

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>")]
    private static partial Regex H1();
}
