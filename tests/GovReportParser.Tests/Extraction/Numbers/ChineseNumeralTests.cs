using GovReportParser.Extraction.Numbers;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Numbers;

public class ChineseNumeralTests
{
    // cn2an's own vectors (strict and normal mode) and the numerals of the sample reports (五条, 两次, 六个部分)
    [TestCase("五", 5)]
    [TestCase("十二", 12)]
    [TestCase("二十", 20)]
    [TestCase("一百零五", 105)]
    [TestCase("一百一十一", 111)]
    [TestCase("一千零一十一", 1011)]
    [TestCase("一万零一百一十一", 10111)]
    [TestCase("十万零一", 100001)]
    [TestCase("一千零一亿一千零一万一千零一", 100110011001)]
    [TestCase("两", 2)]
    [TestCase("两千三", 2300)]
    [TestCase("一万二", 12000)]
    [TestCase("三百五", 350)]
    [TestCase("〇", 0)]
    [TestCase("零", 0)]
    [TestCase("二〇一二", 2012)]
    [TestCase("一七二零", 1720)]
    [TestCase("壹佰贰拾", 120)]
    public void Reads(string numeral, long expected)
    {
        Assert.That(ChineseNumeral.TryParse(numeral, out var value), Is.True);
        Assert.That(value, Is.EqualTo((decimal)expected));
    }

    // words made of numeral characters: 万一 (in case), 千万 (must), 十四五 (the plan), 十百
    [TestCase("万一")]
    [TestCase("千万")]
    [TestCase("十四五")]
    [TestCase("十百")]
    [TestCase("百")]
    [TestCase("零十")]
    public void RejectsWordsThatAreNotNumbers(string word) =>
        Assert.That(ChineseNumeral.TryParse(word, out _), Is.False);
}
