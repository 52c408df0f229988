using System.Text;
using GovReportParser.Pipeline;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Made-up openings: where a report without a year in its title states it, and where its published date stands.</summary>
public class YearAndPublishedTests
{
    private const string Body = "\n一、总体情况\n本年度各项工作按照年初部署有序推进，取得了明显成效，公众满意度持续提升。\n";

    private static GovReportParser.Model.ReportMetadata Info(string opening) =>
        ReportParser.Default.Parse(Encoding.UTF8.GetBytes(opening + Body), "made-up.txt").Info;

    [TestCase("本报告中所列数据统计期限为2019年1月1日至2019年12月31日。", 2019)]
    [TestCase("本报告内容涵盖2022年1月1日至12月31日。", 2022)]
    [TestCase("现将我局2020年度政府信息公开工作报告如下：", 2020)]
    [TestCase("2018年，我局认真贯彻落实《条例》要求，扎实推进政务公开。", 2018)]
    [TestCase("我局认真贯彻落实《条例》要求，扎实推进政务公开。", null)]
    public void Given_no_year_in_a_title_When_parsed_Then_the_year_comes_from_the_first_sentences(string opening, int? year) =>
        Assert.That(Info("某某局政府信息公开工作年度报告\n" + opening).Year, Is.EqualTo(year));

    [TestCase("来源：某某局 发布时间：2011-03-25 浏览次数：12", "2011-03-25")]
    [TestCase("作者：办公室 发布日期：2019年1月20日", "2019-01-20")]
    [TestCase("【打印】 发文日期：2020/02/03", "2020-02-03")]
    [TestCase("信息来源：某某局   成文日期：2021.1.5", "2021-01-05")]
    [TestCase("来源：某某县人民政府 时间：2022-01-15 09:30", "2022-01-15")]
    [TestCase("统计时间：2022-01-15", null)]
    [TestCase("作者：办公室 访问量：35", null)]
    public void Given_a_published_key_anywhere_in_a_line_When_parsed_Then_published_is_its_date(string line, string? published) =>
        Assert.That(Info(line + "\n某某局2010年政府信息公开工作年度报告").Published, Is.EqualTo(published));
}
