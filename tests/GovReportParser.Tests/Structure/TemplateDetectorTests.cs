using GovReportParser.Structure;
using GovReportParser.Tests.Extraction.Tables;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

public class TemplateDetectorTests
{
    [Test]
    public void Sample002IsThe2019Template() =>
        Assert.That(TemplateDetector.Detect(TableRun.ReadTxt(RepoPaths.SampleTxt("002_"))), Is.EqualTo("2019"));

    [TestCase("007", "2019")]
    [TestCase("008", "2021")]
    public void FlattenedCorpusReports(string id, string template) =>
        Assert.That(TemplateDetector.Detect(TableRun.ReadTxt(SharedCorpus.File($"corpus/raw/{id}.txt"))), Is.EqualTo(template));

    [TestCase("000_")]
    [TestCase("001_")]
    [TestCase("003_")]
    public void NarrativeReportsHaveNoTemplate(string id) =>
        Assert.That(TemplateDetector.Detect(TableRun.ReadTxt(RepoPaths.SampleTxt(id))), Is.Null);

    [Test]
    public void LabelsSpacedOrWrappedStillCount() =>
        Assert.That(TemplateDetector.Detect(["信息内容 本年制发\n件数 本年废止件数", "现行有效 件数"]), Is.EqualTo("2021"));

    [Test]
    public void OneLabelAloneIsNotEnough() =>
        Assert.That(TemplateDetector.Detect(["今年政府集中采购项目12个"]), Is.Null);

    [Test]
    public void LabelsBothTemplatesPrintDoNotCountForEither() =>
        // 处理决定数量 is inside 本年处理决定数量, and 2021 prints 其他处理 over its sub-rows: neither speaks for 2019.
        Assert.That(TemplateDetector.Detect(["许可 本年处理决定数量 12", "行政事业性收费 本年收费金额 0", "（六）其他处理 处理决定数量"]),
            Is.EqualTo("2021"));
}
