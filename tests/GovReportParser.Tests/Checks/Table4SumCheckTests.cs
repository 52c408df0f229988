using System.Text.Json;
using GovReportParser.Checks;
using GovReportParser.Extraction;
using GovReportParser.Model;
using GovReportParser.Tests.Extraction.Tables;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Checks;

/// <summary>Table 4: each 总计 = the sum of its four parts. Corpus 002 (PDF) is inconsistent as published.</summary>
public class Table4SumCheckTests
{
    private static readonly string[] Blocks = ["review", "litigation_direct", "litigation_after_review"];
    private static readonly string[] Columns = ["upheld", "corrected", "other", "pending", "total"];

    /// <summary>Corpus 002's table 4 as an HTML or PDF reader gives it: header rows with spans expanded, then the values of its gold.</summary>
    private static Document Corpus002Table4()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedCorpus.File("corpus/gold/002.json")));
        var metrics = gold.RootElement.GetProperty("metrics");
        var values = Blocks.SelectMany(b => Columns.Select(c => metrics.GetProperty($"t4.{b}.{c}").GetDecimal().ToString())).ToArray();
        string[] parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        IReadOnlyList<string>[] grid =
        [
            [.. Enumerable.Repeat("行政复议", 5), .. Enumerable.Repeat("行政诉讼", 10)],
            [.. parts, .. Enumerable.Repeat("未经复议直接起诉", 5), .. Enumerable.Repeat("复议后起诉", 5)],
            [.. parts, .. parts, .. parts],
            values,
        ];
        return TableRun.FromBlocks(
        [
            Block.FromLine("四、政府信息公开行政复议、行政诉讼情况", 1),
            new Block(BlockKind.Table, "", "", new Provenance(2)) { Rows = grid },
            Block.FromLine("五、存在的主要问题及改进情况", 7),
        ]);
    }

    [Test]
    public void InconsistentAsPublishedFailsWithTheNumbers()
    {
        var results = CheckRun.Of(new Table4SumCheck(), Corpus002Table4());
        Assert.That(results.Keys, Is.EquivalentTo(new[] { "t4.sum.review", "t4.sum.litigation_direct", "t4.sum.litigation_after_review" }));
        Assert.That(results["t4.sum.review"].Ok, Is.False);
        Assert.That(results["t4.sum.review"].Detail, Is.EqualTo("10 + 1 + 0 + 0 = 11 ≠ 总计 0"));
        Assert.That(results["t4.sum.litigation_direct"].Ok, Is.True);
        Assert.That(results["t4.sum.litigation_after_review"].Ok, Is.False);
    }

    [TestCase("007")]
    [TestCase("008")]
    public void ConsistentReportsPass(string id)
    {
        var results = CheckRun.Of(new Table4SumCheck(), TableRun.ReadTxt(SharedCorpus.File($"corpus/raw/{id}.txt")));
        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results.Values.Select(r => r.Ok), Is.All.True);
    }

    [Test]
    public void NarrativeFiguresAreNotCheckedAsTableCells()
    {
        var result = new ExtractionResult();
        foreach (var column in Columns)
            result.Metrics.Set($"t4.review.{column}", 1, new MetricSource(MetricSet.NarrativeSource));
        var document = new StructuredDocument(TableRun.FromBlocks([]), [], new ReportMetadata());
        Assert.That(new Table4SumCheck().Check(document, result), Is.Empty);
    }
}
