using System.Text;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Digits of other scripts (Arabic-Indic ٣, extended Arabic-Indic ۳, Devanagari ३) are not numbers to a report: patterns
/// use ASCII digit classes, so such text can neither crash a parse (a <c>\d</c> match handed to <c>int.Parse</c> did)
/// nor become a value.
/// </summary>
public class UnicodeDigitTests
{
    private static readonly string[] Lines =
    [
        "某县教育局2020年政府信息公开工作年度报告",
        "统计期限为٢٠٢٠年1月1日至12月31日。",
        "٣. 标题",
        "（٢）主动公开",
        "۳、概述",
        "३. शीर्षक",
        "发布日期：٢٠٢٠-٠١-٠٥",
        "第٣页 共٧页",
        "- ٣ -",
        "一、总体情况",
        "本年收到依申请公开信息5条，另有来信٥条。",
    ];

    private static void AssertReadsOnlyAsciiNumbers(byte[] bytes, string name)
    {
        var report = BoundedParse.Parsed(bytes, name);
        Assert.That(report.Metrics["t3.new_received.total"], Is.EqualTo(5m));
        Assert.That(report.Figures.Select(f => f.Value), Is.EqualTo(new[] { 5m }), "٥条 is no figure");
        Assert.That(report.Sections.Select(s => s.Heading), Has.Some.EqualTo("一、总体情况"));
    }

    [Test]
    public void Given_a_text_with_Unicode_digits_When_parsed_Then_it_parses_and_reads_only_ASCII_numbers() =>
        AssertReadsOnlyAsciiNumbers(Encoding.UTF8.GetBytes(string.Join('\n', Lines)), "digits.txt");

    [Test]
    public void Given_a_page_with_Unicode_digits_When_parsed_Then_it_parses_and_reads_only_ASCII_numbers()
    {
        var page = "<html><head><meta charset=\"utf-8\"><title>٢٠٢٠年报告</title></head><body><div id=\"zoom\">"
                   + string.Concat(Lines.Select(l => $"<p>{l}</p>")) + "</div></body></html>";
        AssertReadsOnlyAsciiNumbers(Encoding.UTF8.GetBytes(page), "digits.html");
    }
}
