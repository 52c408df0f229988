using GovReportParser.Catalogue;
using NUnit.Framework;

namespace GovReportParser.Tests.Catalogue;

public class TemplateLabelsTests
{
    [Test]
    public void ALabelInsideALabelOfTheOtherTemplateIsNotDistinguishing()
    {
        // Made-up label sets with the traps of the real ones: a label inside a longer one of the other set, a label the
        // other set prints too, one that differs only by width and spacing, and a repeated one.
        string[] older = ["决定数量", "其他办理", "年初数量", "甲 乙", "年初数量", "旧表专有"];
        string[] newer = ["本年决定数量", "其他办理", "甲乙丙", "新表专有"];
        Assert.That(TemplateLabels.Distinguishing(older, newer), Is.EqualTo(new[] { "年初数量", "旧表专有" }));
        Assert.That(TemplateLabels.Distinguishing(newer, older), Is.EqualTo(new[] { "本年决定数量", "甲乙丙", "新表专有" }));
    }

    [Test]
    public void LabelsAreComparedAsReportTextIsMatched() =>
        Assert.That(TemplateLabels.Distinguishing(["本年增／减", "第（一）项"], ["本年增/减 合计", "第(一)项"]), Is.Empty);

    [Test]
    public void TheCataloguesSubstringTrapsAreLeftOut()
    {
        var decisions2019 = Table2.Licensing.ColumnsIn(Templates.Y2019)!.Single(c => c.Key == "decisions").Label;
        var decisions2021 = Table2.Licensing.ColumnsIn(Templates.Y2021)!.Single(c => c.Key == "decisions").Label;
        Assert.That(decisions2021, Does.Contain(decisions2019), "the trap exists in the catalogue");
        Assert.That(TemplateLabels.Distinguishing2019, Does.Not.Contain(decisions2019));
        Assert.That(TemplateLabels.Distinguishing2021, Does.Contain(decisions2021));
        Assert.That(TemplateLabels.Distinguishing2019, Does.Not.Contain(Table3.Other.Label), "2021 prints it over its sub-rows");
        Assert.That(TemplateLabels.Distinguishing2021, Does.Not.Contain(Table3.OtherOther.Label), "2019 prints 其他处理");
        Assert.That(TemplateLabels.Distinguishing2019, Does.Not.Contain(Table2.NormativeDocuments.Label), "inside 行政规范性文件");
    }

    [Test]
    public void NoDistinguishingLabelIsPrintedByTheOtherTemplate()
    {
        var printed2019 = TemplateLabels.PrintedBy(Templates.Y2019).Select(TemplateLabels.Normalised).ToArray();
        var printed2021 = TemplateLabels.PrintedBy(Templates.Y2021).Select(TemplateLabels.Normalised).ToArray();
        Assert.That(TemplateLabels.Distinguishing2019, Is.Not.Empty);
        Assert.That(TemplateLabels.Distinguishing2021, Is.Not.Empty);
        foreach (var label in TemplateLabels.Distinguishing2019)
            Assert.That(printed2021.Where(p => p.Contains(label)), Is.Empty, label);
        foreach (var label in TemplateLabels.Distinguishing2021)
            Assert.That(printed2019.Where(p => p.Contains(label)), Is.Empty, label);
        TestContext.Out.WriteLine($"2019: {string.Join(" ", TemplateLabels.Distinguishing2019)}");
        TestContext.Out.WriteLine($"2021: {string.Join(" ", TemplateLabels.Distinguishing2021)}");
    }
}
