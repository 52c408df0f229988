using GovReportParser.Checks;
using GovReportParser.Tests.Extraction.Tables;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Checks;

/// <summary>Table 3: row sums, 一+二 = (七)+四 per column, (七) = the result rows per column.</summary>
public class Table3ChecksTests
{
    private static string Sample => File.ReadAllText(RepoPaths.SampleTxt("002_"));

    [Test]
    public void Sample002PassesEveryRule()
    {
        var document = TableRun.ReadTxt(RepoPaths.SampleTxt("002_"));
        var rowSums = CheckRun.Of(new Table3RowSumCheck(), document);
        var balance = CheckRun.Of(new Table3BalanceCheck(), document);
        var resultSums = CheckRun.Of(new Table3ResultSumCheck(), document);
        Assert.That((rowSums.Count, balance.Count, resultSums.Count), Is.EqualTo((23, 7, 7)));
        Assert.That(rowSums.Values.Concat(balance.Values).Concat(resultSums.Values).Select(r => r.Ok), Is.All.True);
    }

    [TestCase("007")]
    [TestCase("008")]
    public void FlattenedCorpusTablesAddUp(string id)
    {
        var document = TableRun.ReadTxt(SharedCorpus.File($"corpus/raw/{id}.txt"));
        var all = new IReportCheck[] { new Table3RowSumCheck(), new Table3BalanceCheck(), new Table3ResultSumCheck() }
            .SelectMany(c => CheckRun.Of(c, document).Values).ToList();
        Assert.That(all.Select(r => r.Rule), Does.Contain("t3.balance.total").And.Contain("t3.result_sum.total").And.Contain("t3.row_sum.new_received"));
        Assert.That(all.Where(r => !r.Ok).Select(r => r.Rule + ": " + r.Detail), Is.Empty);
    }

    [Test]
    public void BalanceFailsWhenNewApplicationsAreNotAllAccountedFor()
    {
        // Sample 002 with one new application from a natural person that the result rows do not account for.
        var text = Sample.Replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1");
        Assert.That(text, Is.Not.EqualTo(Sample));
        var document = TableRun.FromBlocks(GovReportParser.Readers.TxtReader.SplitLines(text));
        var balance = CheckRun.Of(new Table3BalanceCheck(), document);
        Assert.That(balance["t3.balance.natural_person"].Ok, Is.False);
        Assert.That(balance["t3.balance.total"].Detail, Is.EqualTo("一 1 + 二 0 = 1 ≠ (七)总计 0 + 四 0 = 0"));
        Assert.That(balance["t3.balance.commercial"].Ok, Is.True);
        Assert.That(CheckRun.Of(new Table3RowSumCheck(), document)["t3.row_sum.new_received"].Ok, Is.True);
    }

    [Test]
    public void RowSumAndResultSumFailOnAWrongTotal()
    {
        var text = Sample.Replace("\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0", "\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t2");
        Assert.That(text, Is.Not.EqualTo(Sample));
        var document = TableRun.FromBlocks(GovReportParser.Readers.TxtReader.SplitLines(text));
        Assert.That(CheckRun.Of(new Table3RowSumCheck(), document)["t3.row_sum.result.other"].Detail, Is.EqualTo("0 + 0 + 0 + 0 + 0 + 0 = 0 ≠ 总计 2"));
        var resultSums = CheckRun.Of(new Table3ResultSumCheck(), document);
        Assert.That(resultSums["t3.result_sum.total"].Ok, Is.False);
        Assert.That(resultSums["t3.result_sum.natural_person"].Ok, Is.True);
    }
}
