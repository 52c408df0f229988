using GovReportParser.Model;
using GovReportParser.Normalisation;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class FullWidthNormaliserTests
{
    [Test]
    public void Sample_003_full_width_percent_becomes_ascii_and_the_original_is_kept()
    {
        var source = SampleDocuments.Read("003");
        var line = source.Blocks.Single(b => b.Text.Contains('％')).Source.Line;

        var normalised = FullWidthNormaliser.Default.Normalise(source, new Diagnostics());

        Assert.That(normalised.Line(line).Text, Does.Contain("满意度100%。"));
        Assert.That(normalised.Line(line).Original, Does.Contain("满意度100％。"));
        Assert.That(normalised.Blocks.Count(b => b.WasChanged), Is.EqualTo(1));
    }

    [TestCase("２０１８年，共１２３．５万条（ＡＢｃ）", "2018年，共123.5万条（ABc）")]
    [TestCase("一、概述：“依申请公开”；", "一、概述：“依申请公开”；")]
    [TestCase("\uF900\uF9A8", "\u8C48\u4EE4")]
    [TestCase("保障。\u00A0\u00A0", "保障。  ")]
    public void Folds_digits_letters_percent_point_and_compatibility_ideographs_but_not_punctuation(string text, string expected) =>
        Assert.That(FullWidthNormaliser.Apply(text), Is.EqualTo(expected));
}
