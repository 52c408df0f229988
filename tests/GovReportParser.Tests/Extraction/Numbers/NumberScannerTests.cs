using GovReportParser.Extraction.Numbers;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Numbers;

public class NumberScannerTests
{
    private static NumberToken Single(string text)
    {
        var tokens = NumberScanner.Scan(TextFold.Fold(text)).ToList();
        Assert.That(tokens, Has.Count.EqualTo(1), text);
        return tokens[0];
    }

    // sentences from the samples and the corpus; the value of an approximation is its stated base
    [TestCase("市教育局主动公开政府信息近 3000 条", 3000, true)]
    [TestCase("受理网上咨询、建议和投诉 259 余件", 259, true)]
    [TestCase("主动公开教育信息上百条", 100, true)]
    [TestCase("共接听电话300多个", 300, true)]
    [TestCase("播发稿件30多篇", 30, true)]
    [TestCase("今年我局收到依申请公开信息五条", 5, false)]
    [TestCase("门户网站点击率已突破 50 万人次", 500000, false)]
    [TestCase("县直各单位主动公开政府信息2475条", 2475, false)]
    [TestCase("占62.2%", 62.2, false)]
    [TestCase("约1.5万条", 15000, true)]
    [TestCase("发放资料3千份", 3000, false)]
    [TestCase("公开信息数十条", 10, true)]
    [TestCase("接待群众几百人次", 100, true)]
    [TestCase("答复咨询十余次", 10, true)]
    [TestCase("受理申请十几件", 10, true)]
    [TestCase("收到申请一百零五件", 105, false)]
    [TestCase("共发布信息1,234条", 1234, false)]
    [TestCase("共发布信息12，345，678条", 12345678, false)]
    [TestCase("满意度１００％", 100, false)]
    [TestCase("每月两次《监测通报》", 2, false)]
    [TestCase("逾千人次参加", 1000, true)]
    [TestCase("节约经费3000元", 3000, false)]
    [TestCase("最近3次检查", 3, false)]
    public void ReadsValueAndApproximation(string text, decimal value, bool approx)
    {
        var token = Single(text);
        Assert.That(token.Value, Is.EqualTo(value));
        Assert.That(token.Approx, Is.EqualTo(approx));
    }

    [TestCase("群众满意率百分之九十八", 98)]
    [TestCase("办结率百分之百", 100)]
    [TestCase("回复率百分之99.5", 99.5)]
    public void ReadsPercentagePhrases(string text, decimal value)
    {
        var token = Single(text);
        Assert.That(token.IsPercentPhrase, Is.True);
        Assert.That(token.Value, Is.EqualTo(value));
    }

    [Test]
    public void ReadsACommaAsAThousandsSeparatorOnlyInAProperGrouping() =>
        Assert.That(NumberScanner.Scan("截至2019，343件").Select(t => t.Value), Is.EqualTo(new decimal[] { 2019, 343 }));

    [Test]
    public void KeepsTenThousandYuanAsAUnitRatherThanAMultiplier()
    {
        Assert.That(Single("收取费用1.5万元").Value, Is.EqualTo(1.5m));
        Assert.That(Single("收取费用五万元").Value, Is.EqualTo(5m));
    }

    [Test]
    public void SkipsDigitRunsTooLongForAQuantity() =>
        // 索引号 of sample 004 and a row of table cells glued together (corpus 007)
        Assert.That(NumberScanner.Scan("113417000032447564 13575394432.52元"), Is.Empty);

    [Test]
    public void ReadsABareHundredOnlyAsAnApproximation()
    {
        Assert.That(NumberScanner.Scan("千家万户"), Is.Empty);
        Assert.That(Single("百余件").Value, Is.EqualTo(100));
    }

    [Test]
    public void OffsetsOfFoldedTextAreThoseOfTheOriginal()
    {
        const string text = "发布信息８１８条";
        var token = Single(text);
        Assert.That(text[token.NumberStart..token.NumberEnd], Is.EqualTo("８１８"));
    }
}
