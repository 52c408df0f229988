using GovReportParser.Extraction.Figures;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Figures;

public class FigureReaderTests
{
    private static FigureMatch Single(string text)
    {
        var figures = FigureReader.Read(text);
        Assert.That(figures, Has.Count.EqualTo(1), text);
        return figures[0];
    }

    // every unit of the issue and of the gold files, in sentences from the samples (s) and the corpus (c)
    [TestCase("在政府网站中公开各项信息累计274条", 274, "条")]                 // s000
    [TestCase("受理网上咨询、建议和投诉 259 余件", 259, "件")]                 // s001
    [TestCase("市教育局累计坐访4次", 4, "次")]                                // s003
    [TestCase("发布各类政务新闻、规范性文件、资料、公告通知等 740 余篇", 740, "篇")] // s001
    [TestCase("编印《舞钢教育信息》12期", 12, "期")]                          // s000
    [TestCase("回复市长热线45个", 45, "个")]                                  // s000
    [TestCase("全年接待服务1000余人次", 1000, "人次")]                        // s002
    [TestCase("已入驻中介机构868家", 868, "家")]                              // c007
    [TestCase("完成梳理行政权力事项3646项", 3646, "项")]                      // c006
    [TestCase("开展互动活动42场次", 42, "场次")]                              // c007
    [TestCase("受理各类群众诉求259起", 259, "起")]                            // c007
    [TestCase("各类宣传图片 100 余幅", 100, "幅")]                            // s001
    [TestCase("将市教育局政府信息分为6大类", 6, "类")]                        // s003
    [TestCase("群众满意率98%", 98, "%")]                                      // s000
    [TestCase("满意度100％", 100, "%")]                                       // s003
    [TestCase("本报告由概述……改进措施 6 个部分组成", 6, "个")]                 // s001
    [TestCase("发放宣传资料5000份", 5000, "份")]
    [TestCase("举办培训3场", 3, "场")]
    [TestCase("分2批公开", 2, "批")]
    [TestCase("分3批次公开", 3, "批次")]
    [TestCase("政府集中采购金额120.5万元", 120.5, "万元")]
    [TestCase("信息处理费 0 元", 0, "元")]                                    // c003 (PDF)
    [TestCase("群众满意率百分之九十八", 98, "%")]
    public void ReadsTheMeasureWord(string text, decimal value, string unit)
    {
        var figure = Single(text);
        Assert.That(figure.Value, Is.EqualTo(value));
        Assert.That(figure.Unit, Is.EqualTo(unit));
    }

    [TestCase("我局微博发布94条,关注量5673。", 5673)]   // s004
    [TestCase("微信发布834条,订阅数49305。", 49305)]    // s004
    public void ReadsTheNumberThatClosesACountedNoun(string text, decimal value)
    {
        var figure = FigureReader.Read(text).Last();
        Assert.That(figure.Value, Is.EqualTo(value));
        Assert.That(figure.Unit, Is.Empty);
    }

    [TestCase("市教育局主动公开政府信息近 3000 条", true)]
    [TestCase("主动公开教育信息上百条", true)]
    [TestCase("共发布信息3000条左右", true)]
    [TestCase("门户网站点击率已突破 50 万人次", false)]
    public void MarksApproximations(string text, bool approx) => Assert.That(Single(text).Approx, Is.EqualTo(approx));

    [Test]
    public void KeepsThePhraseItWasReadFrom() =>
        Assert.That(Single("截止目前，2020年全系统上报稿件400余篇").Phrase, Is.EqualTo("2020年全系统上报稿件400余篇"));

    // the traps of the gold files and the issue: none of these is a figure
    [TestCase("2019年，我局未发生针对本部门有关政府信息公开事务的行政复议案")]              // year (s000)
    [TestCase("统计时间为 2018 年 1 月 1 日至 2018 年 12 月 31 日")]                    // dates (s001)
    [TestCase("（二〇一二年十二月三日）")]                                              // date in Chinese numerals (s003)
    [TestCase("发文日期 2023-12-15 10:06")]                                             // date and time (s004)
    [TestCase("联系电话：0712-2327166")]                                                // phone (s001)
    [TestCase("邮编：350400；电话：24336243；电子邮箱：24336240@163.com")]              // postcode, phone, e-mail (c005)
    [TestCase("索引号 113417000032447564/202312-00103")]                                // index number (s004)
    [TestCase("《国务院办公厅…的通知》(国办公开办函〔2021〕30号)")]                     // document number (s004)
    [TestCase("《中华人民共和国政府信息公开条例》(国务院令第711号)")]                   // document number (s004)
    [TestCase("表二 第二十条第（一）项")]                                               // article number
    [TestCase("12345政务服务便民热线领导接听活动")]                                     // hotline name (s004)
    [TestCase("现将2012年政务公开工作总结及2013努力方向汇报如下")]                      // years (s003)
    [TestCase("一是强化组织领导。二是强化职能责任。第三批")]                            // ordinals
    [TestCase("（一）高度重视 1. 领导重视 (1) 区政府门户网站")]                         // heading numbers
    [TestCase("地址：平潭综合实验区金井湾商务营运中心7号楼14层")]                       // address (c008)
    [TestCase("群众等候时间由42分钟缩至19分钟，办理时限压缩至15个工作日")]              // durations (c007)
    [TestCase("落实“一件事一次办”，建立了一套工作机制，一批次性告知")]                  // words with 一
    [TestCase("千家万户")]
    [TestCase("二、上年结转政府信息公开申请数量                34")]                       // a table column, not 数量 34 (c001)
    public void IsNotAFigure(string text) => Assert.That(FigureReader.Read(text), Is.Empty, text);
}
