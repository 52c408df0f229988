using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class ConversionDebrisNormaliserTests
{
    private static readonly Regex AnyPinyinGroup = new(@"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-z]*\)");

    [Test]
    public void Sample_004_keeps_no_pinyin_and_no_question_mark_runs()
    {
        var source = SampleDocuments.Read("004");
        Assert.That(source.AllText(), Does.Match(AnyPinyinGroup.ToString()), "the sample no longer has the debris this test is about");

        var cleaned = ConversionDebrisNormaliser.Default.Normalise(source, new Diagnostics());

        Assert.That(cleaned.AllText(), Does.Not.Match(AnyPinyinGroup.ToString()));
        Assert.That(cleaned.AllText(), Does.Not.Contain("?"));
        Assert.That(cleaned.Line(2).Text, Does.StartWith("發布機構 宣城市教育體育局 發文日期 2023-12-15"));
    }

    [Test]
    public void Sample_004_lost_characters_are_flagged_and_the_unambiguous_one_restored()
    {
        var diagnostics = new Diagnostics();

        var cleaned = ConversionDebrisNormaliser.Default.Normalise(SampleDocuments.Read("004"), diagnostics);

        Assert.That(cleaned.Line(9).Text, Does.Contain("取得較好成效\uFFFD现將單位"), "?,F(xiàn)將: 。 lost, 現 restored from xiàn + 將");
        Assert.That(cleaned.Line(25).Text, Does.Contain("每月\uFFFD\uFFFD2篇"));
        Assert.That(diagnostics.Warnings.Select(w => (w.Code, w.Line)),
            Is.EqualTo(new[] { ("lost-character", (int?)9), ("lost-character", (int?)25) }));
        Assert.That(diagnostics.Warnings[0].Message, Does.Contain("xiàn").And.Contain("现将"));
        Assert.That(diagnostics.Warnings[1].Message, Does.Contain("lián yōu").And.Contain("U+FFFD"));
    }

    [Test]
    public void An_annotation_wrapped_onto_the_next_line_still_belongs_to_its_character()
    {
        // Sample 004's line 13 hard-wrapped, as a PDF prints it, between 領 and its (lǐng).
        var line = File.ReadAllLines(RepoPaths.SampleTxt("004"))[12];
        var cut = line.IndexOf("(lǐng)", StringComparison.Ordinal);
        var document = SampleDocuments.FromPages([line[..cut] + "\n" + line[cut..]]);
        var diagnostics = new Diagnostics();

        var cleaned = ConversionDebrisNormaliser.Default.Normalise(document, diagnostics);

        Assert.That(cleaned.Blocks[1].Text, Does.StartWith("導高度重視政務公開工作"));
        Assert.That(diagnostics.Warnings, Is.Empty);
    }

    [TestCase("國(guó)務(wù)院", "國務院")]
    [TestCase("綠(lǜ)色", "綠色")]
    [TestCase("的(de)工作", "的(de)工作")]
    [TestCase("第(一)項", "第(一)項")]
    [TestCase("情況(a)和(b)", "情況(a)和(b)")]
    [TestCase("是否公开?是。", "是否公开?是。")]
    public void Annotations_after_Han_go_and_other_parentheses_stay(string text, string expected) =>
        Assert.That(ConversionDebrisNormaliser.Default.Clean(text, 1, new Diagnostics()), Is.EqualTo(expected));

    [Test]
    public void Pinyin_after_no_Han_character_marks_a_lost_one()
    {
        var diagnostics = new Diagnostics();

        var cleaned = ConversionDebrisNormaliser.Default.Clean("共計5(jiàn)申請", 7, diagnostics);

        Assert.That(cleaned, Is.EqualTo("共計5\uFFFD申請"));
        Assert.That(diagnostics.Warnings.Single().Line, Is.EqualTo(7));
    }

    [Test]
    public void A_question_mark_run_marks_one_lost_character_per_mark()
    {
        var diagnostics = new Diagnostics();

        Assert.That(ConversionDebrisNormaliser.Default.Clean("依申請公開??件", 3, diagnostics), Is.EqualTo("依申請公開\uFFFD\uFFFD件"));
        Assert.That(diagnostics.Warnings.Single().Message, Does.Contain("2 lost characters"));
    }
}
