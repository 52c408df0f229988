using GovReportParser.Checks;
using GovReportParser.Extraction;
using GovReportParser.Extraction.Figures;
using GovReportParser.Extraction.Narrative;
using GovReportParser.Model;
using GovReportParser.Tests.Extraction.Figures;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;
using static GovReportParser.Catalogue.NarrativeMetrics;

namespace GovReportParser.Tests.Extraction.Narrative;

public class NarrativeMetricExtractorTests
{
    private static readonly string[] NarrativeKeys = [ApplicationsReceived, Reviews, Litigation, FeesCharged];

    private static ExtractionResult Extract(StructuredDocument document, ExtractionResult? result = null)
    {
        result ??= new ExtractionResult();
        new FigureExtractor().Extract(document, result, new Diagnostics());
        new NarrativeMetricExtractor().Extract(document, result, new Diagnostics());
        return result;
    }

    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    public void StatesTheGoldNarrativeMetricsOfTheSample(string id)
    {
        var sampleId = RepoPaths.SampleIds.Single(s => s.StartsWith(id, StringComparison.Ordinal));
        AssertNarrativeMetrics(Extract(SampleDocuments.Sample(id)), GoldFile.Load(RepoPaths.Sample($"gold/{sampleId}.json")));
    }

    [TestCase("005")]
    [TestCase("006")]
    public void StatesTheGoldNarrativeMetricsOfTheCorpusText(string id)
    {
        var result = Extract(SampleDocuments.Corpus($"corpus/raw/{id}.txt"));
        AssertNarrativeMetrics(result, GoldFile.Load(SharedCorpus.File($"corpus/gold/{id}.json")));
    }

    private static void AssertNarrativeMetrics(ExtractionResult result, GoldFile gold)
    {
        foreach (var key in NarrativeKeys)
        {
            if (gold.Metrics.TryGetValue(key, out var expected) && expected is { } value)
            {
                Assert.That(result.Metrics.TryGet(key, out var got), Is.True, key);
                Assert.That(got, Is.EqualTo(value), key);
            }
        }
    }

    [Test]
    public void KeepsTheEvidenceAndNamesTheMetricOnTheFigure()
    {
        var result = Extract(SampleDocuments.Sample("003"));
        var source = result.Metrics.SourceOf(ApplicationsReceived)!;
        Assert.That(source.Source, Is.EqualTo(MetricSet.NarrativeSource));
        Assert.That(source.Evidence, Does.Contain("收到依申请公开信息五条"));
        Assert.That(source.Line, Is.EqualTo(30));
        Assert.That(result.Figures.Single(f => f.Metric == ApplicationsReceived).Text, Does.EndWith("五条"));
    }

    [Test]
    public void AssertsNoMetricTheTextDoesNotState()
    {
        // sample 003 says nothing of reviews, litigation or fees
        var result = Extract(SampleDocuments.Sample("003"));
        Assert.That(result.Metrics.TryGet(Reviews, out _) || result.Metrics.TryGet(Litigation, out _) || result.Metrics.TryGet(FeesCharged, out _), Is.False);
    }

    [Test]
    public void ReadsSample004OnceNormalised()
    {
        // sample 004 as the normaliser gives it (pinyin debris removed, traditional → simplified)
        var document = SampleDocuments.FromText("""
            二、政务信息公开情况
            (二)依申请公开情况。2023年度,我局办理依申请公开本部门政府信息3件,我局已依据相关规定、按程序要求办理完结,全部在规定时限内予以答复,没有收取涉及依申请公开的相关费用。
            """);
        var gold = GoldFile.Load(RepoPaths.Sample($"gold/{RepoPaths.SampleIds.Single(s => s.StartsWith("004", StringComparison.Ordinal))}.json"));
        var result = Extract(document);
        AssertNarrativeMetrics(result, gold);
        Assert.That(result.Metrics.TryGet(FeesCharged, out var fees) && fees == 0, Is.True);
    }

    [Test]
    public void TheTableWinsAndTheDisagreementBecomesACheck()
    {
        // corpus 008: the text says 收到…申请75件, table 3 says 74 new applications (and 1 carried over)
        var document = SampleDocuments.FromText("2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。");
        var result = new ExtractionResult();
        result.Metrics.Set(ApplicationsReceived, 74, new MetricSource(MetricSet.TableSource) { Table = "t3", Row = "一、本年新收政府信息公开申请数量", Column = "总计" });
        Extract(document, result);

        Assert.That(result.Metrics.TryGet(ApplicationsReceived, out var kept) ? kept : -1, Is.EqualTo(74));
        var check = new NarrativeConsistencyCheck().Check(document, result).Single();
        Assert.That(check.Rule, Is.EqualTo("narrative-vs-table:t3.new_received.total"));
        Assert.That(check.Ok, Is.False);
        Assert.That(check.Detail, Does.Contain("74").And.Contain("75").And.Contain("收到政府信息公开申请75件"));
    }

    /// <summary>
    /// Made up: table 3 is printed but cannot be read (its values are lost), and the text speaks of one office's
    /// applications. That count is no table cell: the table-3 total stays unstated rather than taking the office's 12;
    /// the review total the text names outright (行政复议 9 件) is stated, since table 4 says nothing.
    /// </summary>
    [Test]
    public void ANamedOfficesCountNeverFillsTheTablesTotal()
    {
        var text = string.Join("\n",
            "某某县人民政府2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，县政府办公室代为受理政府信息公开申请12件，均已在法定期限内答复。全年政府信息公开行政复议 9 件。",
            "三、收到和处理政府信息公开申请情况",
            "（表格数据缺失）",
            "五、存在的主要问题及改进情况",
            "本年度工作仍有不足。");
        var metrics = GovReportParser.Pipeline.ReportParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt").Metrics;

        Assert.That(metrics.ContainsKey(ApplicationsReceived), Is.False);
        Assert.That(metrics.TryGetValue(Reviews, out var reviews) ? reviews : -1, Is.EqualTo(9));
    }

    [Test]
    public void AgreeingStatementsMakeNoCheck()
    {
        var document = SampleDocuments.FromText("没有政府信息依申请公开情况。");   // sample 002, whose table 3 says 0 too
        var result = new ExtractionResult();
        result.Metrics.Set(ApplicationsReceived, 0, new MetricSource(MetricSet.TableSource) { Table = "t3" });
        Extract(document, result);
        Assert.That(new NarrativeConsistencyCheck().Check(document, result), Is.Empty);
    }

    [Test]
    public void ReadsZeroRowsOfAFlattenedStatisticsTable()
    {
        // corpus 005's 统计表: only the litigation row states that metric, and its cells are all zeros
        var document = SampleDocuments.FromText("对申请的答复数条2121其中：1.同意公开答复数条17172.同意部分公开答复数条223.否决公开答复数条22行政复议数条00行政诉讼数条00行政申诉数条00");
        var result = Extract(document);
        Assert.That(result.Metrics.TryGet(Litigation, out var litigation) && litigation == 0, Is.True);
        Assert.That(result.Metrics.SourceOf(Litigation)!.Source, Is.EqualTo(MetricSet.TableSource));
        Assert.That(result.Figures, Is.Empty);
    }
}
