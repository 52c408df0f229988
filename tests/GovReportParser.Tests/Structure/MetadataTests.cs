using GovReportParser.Structure;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

public class MetadataTests
{
    [TestCase("000_", "舞钢市教体局2019年信息公开工作总结", "舞钢市教体局", "舞钢市", 2019, "narrative")]
    [TestCase("001_", "孝感市教育局2018年政府信息公开工作年度报告", "孝感市教育局", "孝感市", 2018, "narrative")]
    [TestCase("002_", "华龙区教育局2020年政府信息公开工作年度报告", "华龙区教育局", "华龙区", 2020, "2019")]
    [TestCase("003_", "2012年度市教育局政府信息公开总结", "余姚市教育局", "余姚市", 2012, "narrative")]
    public void Given_a_sample_When_parsed_Then_title_agency_region_year_and_template_are_read(
        string id, string title, string agency, string region, int year, string template)
    {
        var info = Samples.Report(id).Info;
        Assert.That((info.Title, info.Agency, info.Region, info.Year, info.Template, info.Script),
            Is.EqualTo((title, agency, region, (int?)year, template, "simplified")));
    }

    [Test]
    public void Given_sample_003_with_a_dateline_in_Chinese_numerals_When_parsed_Then_published_is_ISO()
    {
        Assert.That(Samples.Report("003_").Info.Published, Is.EqualTo("2012-12-03"));
        Assert.That(Samples.Report("000_").Info.Published, Is.Null, "no date stated: none guessed");
    }

    [Test]
    public void Given_sample_004_in_traditional_script_with_a_site_block_When_parsed_Then_metadata_comes_from_both()
    {
        var info = Samples.Report("004_").Info;
        Assert.That((info.Title, info.Agency, info.Region, info.Year, info.Published, info.Script), Is.EqualTo(
            ("宣城市教体局2023年度政务公开工作总结", "宣城市教体局", "宣城市", (int?)2023, "2023-12-15", "traditional")));
        Assert.That(info.Site["索引号"], Is.EqualTo("113417000032447564/202312-00103"));
        Assert.That(info.Site["发布机构"], Is.EqualTo("宣城市教育体育局"));
        Assert.That(info.Site["关键词"], Is.EqualTo("工作推进"));
        Assert.That(Samples.Report("004_").Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "一、领导重视,扎实推进政务公开工作", "二、政务信息公开情况", "三、存在的主要问题及下一步打算",
        }));
    }

    [TestCase("（二〇一二年十二月三日）", "2012-12-03")]
    [TestCase("2023-12-15 10:06", "2023-12-15")]
    [TestCase("平潭县人民政府 2013年1月16日", "2013-01-16")]
    public void Given_dates_as_reports_write_them_When_read_Then_they_are_ISO(string text, string iso) =>
        Assert.That(DateReader.FindIso(text), Is.EqualTo(iso));

    [Test]
    public void Given_a_site_metadata_line_When_parsed_Then_each_key_gets_its_value()
    {
        var pairs = SiteMetadataParser.Parse("发布机构 宣城市教育体育局 发文日期 2023-12-15 10:06");
        Assert.That(pairs, Is.EqualTo(new[]
        {
            new KeyValuePair<string, string>("发布机构", "宣城市教育体育局"),
            new KeyValuePair<string, string>("发文日期", "2023-12-15 10:06"),
        }));
        Assert.That(SiteMetadataParser.Parse("发布文号 关键词 工作推进"), Is.EqualTo(new[]
        {
            new KeyValuePair<string, string>("发布文号", ""),
            new KeyValuePair<string, string>("关键词", "工作推进"),
        }));
        Assert.That(SiteMetadataParser.Parse("发布机构宣城市教育体育局发文日期2023-12-15 10:06"), Is.EqualTo(new[]
        {
            new KeyValuePair<string, string>("发布机构", "宣城市教育体育局"),
            new KeyValuePair<string, string>("发文日期", "2023-12-15 10:06"),
        }), "a PDF text layer closes the gap between a value and the next key");
        Assert.That(SiteMetadataParser.Parse("2019年没有公民、法人或其他组织要求办理依申请公开事项。"), Is.Null);
    }
}
