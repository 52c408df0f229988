using GovReportParser.Structure;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Lines from the samples and made-up lines of the shapes extractors and converters give, and what the detector makes of them.</summary>
public class HeadingDetectorTests
{
    [TestCase("一、组织领导得到进一步加强", "一", "组织领导得到进一步加强", null)]
    [TestCase("（一）公开的主要内容。2019年，我局在舞钢市政府网主动公开教育信息上百条。", "（一）", "公开的主要内容", "2019年，我局在舞钢市政府网主动公开教育信息上百条。")]
    [TestCase("(1) 区政府门户网站。我局积极向区政府门户网站申请公开教育工作动态，方便群众浏览。", "（1）", "区政府门户网站", "我局积极向区政府门户网站申请公开教育工作动态，方便群众浏览。")]
    [TestCase("1. 领导重视，落实责任。局领导高度重视教育信息公开工作", "1", "领导重视，落实责任", "局领导高度重视教育信息公开工作")]
    [TestCase("七、2020年总体打算", "七", "2020年总体打算", null)]
    [TestCase("第一部分 总体情况", "第一部分", "总体情况", null)]
    [TestCase("一、一、总体情况", "一", "总体情况", null)]
    [TestCase("一 、总体情况", "一", "总体情况", null)]
    [TestCase("## 二、主动公开政府信息情况", "二", "主动公开政府信息情况", null)]
    [TestCase("**三、收到和处理政府信息公开申请情况**", "三", "收到和处理政府信息公开申请情况", null)]
    [TestCase("1. 五、存在的主要问题及改进情况", "五", "存在的主要问题及改进情况", null)]
    [TestCase("三、政府信息依申请公开工作情况 本年度共收到某某", "三", "政府信息依申请公开工作情况", "本年度共收到某某")]
    [TestCase(" 七、某某县政府信息公开情况统计表 指标名称计量单", "七", "某某县政府信息公开情况统计表", "指标名称计量单")]
    [TestCase("六、其他需要报告的事项　无其他需要报告的事项", "六", "其他需要报告的事项", "无其他需要报告的事项")]
    [TestCase("四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼", "四", "政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼")]
    public void Given_a_numbered_heading_line_When_detected_Then_number_title_and_body_are_split(string line, string number, string title, string? body)
    {
        var heading = HeadingDetector.Detect(line);
        Assert.That(heading, Is.Not.Null);
        Assert.That((heading!.Marker.Number, heading.Title, heading.Body), Is.EqualTo((number, title, body)));
    }

    [TestCase("2019年没有公民、法人或其他组织要求办理依申请公开事项。")]
    [TestCase("一是强化组织领导。我局成立了政务信息公开工作领导小组")]
    [TestCase("1. 管理水平上有待进一步提高，信息公开的内容有待进一步完善，更新有待进一步加强。")]
    [TestCase("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0")]
    [TestCase("1.5万条信息已公开")]
    [TestCase("四、结转下年度继续办理")]
    [TestCase("三 、本 年 度办 理 结果")]
    [TestCase("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0")]
    [TestCase("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    [TestCase("（七）总计 12")]
    [TestCase("四、结转下年度继续办理 0 0 0 0 0 0 0")]
    public void Given_a_line_that_is_not_a_heading_When_detected_Then_nothing_is_found(string line) =>
        Assert.That(HeadingDetector.Detect(line), Is.Null);

    /// <summary>A space inside a title that does not end on a closing word does not end the title.</summary>
    [TestCase("二、2022年 工作计划安排", "2022年 工作计划安排")]
    [TestCase("1、政府网站公开数 条 3460", "政府网站公开数 条 3460")]
    public void Given_a_space_after_no_closing_word_When_detected_Then_the_title_goes_on(string line, string title) =>
        Assert.That(HeadingDetector.Detect(line)?.Title, Is.EqualTo(title));
}
