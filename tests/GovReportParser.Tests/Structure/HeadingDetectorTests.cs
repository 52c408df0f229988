using GovReportParser.Structure;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Lines from the samples, and what the detector makes of them.</summary>
public class HeadingDetectorTests
{
    [TestCase("一、组织领导得到进一步加强", "一", "组织领导得到进一步加强", null)]
    [TestCase("（一）公开的主要内容。2019年，我局在舞钢市政府网主动公开教育信息上百条。", "（一）", "公开的主要内容", "2019年，我局在舞钢市政府网主动公开教育信息上百条。")]
    [TestCase("(1) 区政府门户网站。我局积极向区政府门户网站申请公开教育工作动态，方便群众浏览。", "（1）", "区政府门户网站", "我局积极向区政府门户网站申请公开教育工作动态，方便群众浏览。")]
    [TestCase("1. 领导重视，落实责任。局领导高度重视教育信息公开工作", "1", "领导重视，落实责任", "局领导高度重视教育信息公开工作")]
    [TestCase("七、2020年总体打算", "七", "2020年总体打算", null)]
    [TestCase("第一部分 总体情况", "第一部分", "总体情况", null)]
    [TestCase("一、一、总体情况", "一", "总体情况", null)]
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
    public void Given_a_line_that_is_not_a_heading_When_detected_Then_nothing_is_found(string line) =>
        Assert.That(HeadingDetector.Detect(line), Is.Null);
}
