using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>
/// Corpus 007 (2019) and 008 (2021): the whole report on one line, tables run together with cell digits concatenated.
/// Every table metric their gold states must come out, and the rows the gold leaves out as ambiguous must stay unstated.
/// </summary>
public class CorpusRunTogetherTests
{
    [TestCase("007")]
    [TestCase("008")]
    public void EveryGoldTableMetricIsStated(string id)
    {
        var run = TableRun.OfFile(SharedCorpus.File($"corpus/raw/{id}.txt"));
        var gold = TableRun.GoldTableMetrics(SharedCorpus.File($"corpus/gold/{id}.json"));
        Assert.That(gold, Is.Not.Empty);
        foreach (var (key, value) in gold)
            Assert.That(run.Metrics.TryGetValue(key, out var got) ? got : (decimal?)null, Is.EqualTo(value), key);
    }

    [Test]
    public void RowsSplitByArithmeticNotBySpaces()
    {
        // '一、本年新收政府信息公开申请数量230 000023' and '（七）总计23 0 00 0 023': the spaces are not cell boundaries.
        var run = TableRun.OfFile(SharedCorpus.File("corpus/raw/007.txt"));
        var grid = run.Result.Tables.Single(t => t.Kind == "t3").Rows;
        Assert.That(grid.Single(r => r[0].StartsWith("一、")), Is.EqualTo(new[] { "一、本年新收政府信息公开申请数量", "23", "0", "0", "0", "0", "0", "23" }));
        Assert.That(grid.Single(r => r[0].EndsWith("总计")).Skip(1), Is.EqualTo(new[] { "23", "0", "0", "0", "0", "0", "23" }));
    }

    [Test]
    public void AmbiguousTable2RowsStayUnstatedWithTheirCandidates()
    {
        var run = TableRun.OfFile(SharedCorpus.File("corpus/raw/007.txt"));
        Assert.That(run.Metrics.Keys.Where(k => k.StartsWith("t2.") && !k.StartsWith("t2.regulations.")), Is.Empty);
        var fees = run.Diagnostics.Warnings.Single(w => w.Message.Contains("'行政事业性收费'"));
        Assert.That(fees.Code, Is.EqualTo("table.unsplit"));
        Assert.That(fees.Message, Does.Contain("3|50").And.Contain("35|0"));
    }

    [Test]
    public void Table2RowSettledByTheNarrativesOwnFigures()
    {
        // '行政规范性文件8855698'; the narrative states 现行有效行政规范性文件698件 and 制发的规范性文件88件.
        var run = TableRun.OfFile(SharedCorpus.File("corpus/raw/008.txt"));
        Assert.That(new[] { "made", "repealed", "in_force" }.Select(c => run.Metrics[$"t2.normative_documents.{c}"]), Is.EqualTo(new[] { 88m, 55m, 698m }));
        Assert.That(run.Result.Metrics.SourceOf("t2.normative_documents.repealed")!.Evidence, Does.Contain("narrative"));
    }

    [Test]
    public void Table4WithSpacesAndLitigationTotal()
    {
        var run = TableRun.OfFile(SharedCorpus.File("corpus/raw/008.txt"));
        Assert.That(run.Metrics["t4.review.total"], Is.EqualTo(2m));
        Assert.That(run.Metrics["t4.litigation.total"], Is.EqualTo(run.Metrics["t4.litigation_direct.total"] + run.Metrics["t4.litigation_after_review.total"]));
    }

    [TestCase("005")]
    [TestCase("006")]
    public void PreTemplateStatisticsTablesAreNotReadAsTheStandardTables(string id) =>
        Assert.That(TableRun.OfFile(SharedCorpus.File($"corpus/raw/{id}.txt")).Metrics, Is.Empty);
}
