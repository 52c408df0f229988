using GovReportParser.Model;
using GovReportParser.Normalisation;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class HanSpacingNormaliserTests
{
    [Test]
    public void Sample_001_title_loses_its_number_spaces_and_letter_spacing()
    {
        var normalised = HanSpacingNormaliser.Default.Normalise(SampleDocuments.Read("001"), new Diagnostics());

        Assert.That(normalised.Line(5).Original, Is.EqualTo("孝感市教育局 2018 年政府信息公开工作 年 度 报 告"));
        Assert.That(normalised.Line(5).Text, Is.EqualTo("孝感市教育局2018年政府信息公开工作年度报告"));
        Assert.That(normalised.Line(7).Text, Does.Contain("6个部分组成").And.Contain("为2018年1月1日至2018年12月31日。"));
    }

    [Test]
    public void Sample_004_metadata_keeps_the_spaces_between_keys_and_values()
    {
        var source = ConversionDebrisNormaliser.Default.Normalise(SampleDocuments.Read("004"), new Diagnostics());

        var normalised = HanSpacingNormaliser.Default.Normalise(source, new Diagnostics());

        Assert.That(normalised.Line(2).Text, Is.EqualTo("發布機構 宣城市教育體育局 發文日期 2023-12-15 10:06"));
        Assert.That(normalised.Line(5).Text, Does.StartWith("信息名稱 宣城市教體局2023年度政務公開工作總結 內容概述 2023年,"));
    }

    [Test]
    public void Sample_002_table_rows_are_untouched()
    {
        var source = SampleDocuments.Read("002");

        var normalised = HanSpacingNormaliser.Default.Normalise(source, new Diagnostics());

        var rows = normalised.Blocks.Where(b => b.Text.Contains('\t')).ToArray();
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Where(b => b.WasChanged), Is.Empty);
    }

    [Test]
    public void Sample_000_padded_line_seam_inside_prose_is_closed()
    {
        var normalised = HanSpacingNormaliser.Default.Normalise(SampleDocuments.Read("000"), new Diagnostics());

        var block = normalised.Blocks.Single(b => b.Original.Contains("定期或  "));
        Assert.That(block.Text, Does.Contain("定期或不定期组织"));
    }

    [TestCase("截止 12 月底，共 1578 条", "截止12月底，共1578条")]
    [TestCase("网上回复率 100%。", "网上回复率100%。")]
    [TestCase("结转下年度继续办理 0000000 四、政府信息", "结转下年度继续办理 0000000 四、政府信息")]
    [TestCase("姓 名", "姓 名")]
    [TestCase("行政许可 2 0 0", "行政许可 2 0 0")]
    public void Spacing_rules(string text, string expected) => Assert.That(HanSpacingNormaliser.Apply(text), Is.EqualTo(expected));
}
