using GovReportParser.Extraction.Tables;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>Made-up compact texts (no whitespace, brackets folded) with each table's start words where reports print them.</summary>
public class TableRegionsTests
{
    private const string Prose = "本机关依法办理行政复议答复工作,本年新收政府信息公开申请数量为5件。";
    private const string Table2 = "二、主动公开政府信息情况第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000";
    private const string Table3 = "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量5000000二、上年结转政府信息公开申请数量0000000";
    private const string Table4 = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持";

    [Test]
    public void EachTableStartsAtItsCaptionWordsAfterTheOneBefore()
    {
        var text = Prose + Table2 + Table3 + Table4;
        var regions = TableRegions.Find(text);
        Assert.That(regions.Table2, Is.EqualTo(text.IndexOf("第二十条第(一)项", StringComparison.Ordinal)));
        Assert.That(regions.Table3, Is.EqualTo(text.IndexOf("一、本年新收", StringComparison.Ordinal)));
        Assert.That(regions.Table4, Is.EqualTo(text.IndexOf("行政复议、", StringComparison.Ordinal)), "the prose's 行政复议 comes before table 3");
    }

    [Test]
    public void Table2StartsAtItsRowHeadingWhenAColumnLabelFollows()
    {
        var text = "信息内容如下" + Table2.Replace("第二十条第(一)项", "", StringComparison.Ordinal);
        Assert.That(TableRegions.Find(text).Table2, Is.EqualTo(text.IndexOf("信息内容本年制发", StringComparison.Ordinal)));
    }

    [Test]
    public void WithoutTable3OnlyTable4sTitleStartsIt()
    {
        var text = Prose + Table2 + "四、政府信息公开行政法复议行政诉讼情况结果维持";
        var regions = TableRegions.Find(text);
        Assert.That(regions.Table3, Is.EqualTo(-1));
        Assert.That(regions.Table4, Is.EqualTo(text.IndexOf("行政法复议", StringComparison.Ordinal)), "the typo 行政法复议, no 、");
        Assert.That(TableRegions.Find(Prose + Table2).Table4, Is.EqualTo(-1), "行政复议 in prose is no table");
    }
}
