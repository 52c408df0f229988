using GovReportParser.Extraction.Narrative;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Narrative;

public class TableLikeTextTests
{
    // flattened tables from the corpus: cells glued to their labels, or spaced out
    [TestCase("规章000行政规范性文件8855698第二十条第（五）项信息内容本年处理决定数量行政许可10690第二十条")]            // c008
    [TestCase("主动公开信息数条20263542其中：1.网站公开条179533042.政府公报公开条07受理依申请公开信息总数条2121")]     // c005
    [TestCase("（六）其他处理0 0 0 0 0 00（七）总计23 0 00 0 023四、结转下年度继续办理 0 0 00 00 0")]                 // c007
    [TestCase("结果维持结果纠正其他结果尚未审结总计 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0")]                                  // c008
    [TestCase("一、本年新收政府信息公开申请数量                3001        53       0        0    61       4   3119")] // c001, pdftotext -layout
    public void RecognisesAFlattenedTable(string text) => Assert.That(TableLikeText.IsTableLike(text), Is.True);

    // prose with several numbers but each with its measure word, date word or punctuation
    [TestCase("其中，重点工作：孝感教育新闻信息 1578 条、信息公开栏目信息 232 条；业务工作：规划财务信息 28 条、教育督导信息 32 条")] // s001
    [TestCase("自 2015 年 9 月份网站整改升级以来，市教育局门户网站点击率已突破 50 万人次。")]                          // s001
    [TestCase("本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。")]                                        // c007
    [TestCase("联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话：0591-23165250")]          // c007
    [TestCase("现将2012年政务公开工作总结及2013努力方向汇报如下：")]                                                    // s003
    public void LeavesProseAlone(string text) => Assert.That(TableLikeText.IsTableLike(text), Is.False);

    [Test]
    public void RecognisesTabSeparatedRows()
    {
        Assert.That(TableLikeText.IsTableLine("行政许可\t2\t0\t0"), Is.True);   // s002
        Assert.That(TableLikeText.IsTableLine("共发布信息12条"), Is.False);
    }
}
