using System.Diagnostics;
using GovReportParser.Catalogue;
using GovReportParser.Extraction.Tables;
using GovReportParser.Extraction.Tables.Alignment;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables.Alignment;

/// <summary>
/// Table 4's fifteen values in the orders a text layer may read them (made-up values; each block's parts add up to
/// its total): what every admitted reading agrees on is stated, anything else is left blank.
/// </summary>
public class Table4InterleavingTests
{
    private static readonly SumGroups Blocks = new([.. Table4.Blocks.Select(_ => Table4.Columns.Count)]);
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(20);

    // Block A: 7 2 0 3 = 12; block B: 5 1 4 0 = 10; block C: 0 2 6 1 = 9, in table order.
    private static readonly int[] Table = [7, 2, 0, 3, 12, 5, 1, 4, 0, 10, 0, 2, 6, 1, 9];

    /// <summary>Row order; block after block with the totals last; A's parts, C's parts, A's total, B's, B's total, C's total.</summary>
    private static readonly int[][] Orders =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
        [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 4, 9, 14],
        [0, 1, 2, 3, 10, 11, 12, 13, 4, 5, 6, 7, 8, 9, 14],
    ];

    private static List<string> InOrder(IReadOnlyList<int> table, int[] order) => [.. order.Select(i => table[i].ToString())];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public void EveryAdmittedOrderOfAnUnambiguousTableGivesItsCells(int order)
    {
        var reading = Table4Interleaving.Read(InOrder(Table, Orders[order]), Blocks);
        Assert.That(reading, Is.Not.Null);
        Assert.That(reading!.Cells, Is.EqualTo(Table.Select(v => v.ToString())));
        Assert.That(reading.Unsure, Is.Empty);
    }

    [Test]
    public void TwoBlocksWithEqualTotalsAndDifferentPartsLeaveTheirPartsBlank()
    {
        // B: 5 1 4 0 = 10 and C: 2 2 3 3 = 10, read block after block with the totals last: either run can be B.
        int[] table = [7, 2, 0, 3, 12, 5, 1, 4, 0, 10, 2, 2, 3, 3, 10];
        var reading = Table4Interleaving.Read(InOrder(table, Orders[1]), Blocks)!;
        Assert.That(reading.Unsure, Is.EqualTo(new[] { 5, 6, 7, 8, 10, 11, 12, 13 }));
        Assert.That(reading.Cells.Take(5), Is.EqualTo(new[] { "7", "2", "0", "3", "12" }));
        Assert.That(new[] { reading.Cells[9], reading.Cells[14] }, Is.EqualTo(new[] { "10", "10" }));
    }

    [Test]
    public void ZerosThatOnlyTradePlacesAreStated()
    {
        var zeros = Enumerable.Repeat("0", Blocks.CellCount).ToList();
        var reading = Table4Interleaving.Read(zeros, Blocks)!;
        Assert.That(reading.Readings, Is.GreaterThan(1));
        Assert.That(reading.Unsure, Is.Empty);
        Assert.That(reading.Cells, Is.All.EqualTo("0"));
    }

    [Test]
    public void AReadingThatBreaksEveryBlockTotalIsNoReading()
    {
        int[] table = [7, 2, 0, 3, 13, 5, 1, 4, 0, 10, 0, 2, 6, 1, 9];
        Assert.That(Table4Interleaving.Read(InOrder(table, Orders[0]), Blocks), Is.Null);
    }

    [Test]
    public void ColumnsReadAcrossTheBlocksAreNoReading()
    {
        // 结果维持 of A, B, C, then 结果纠正 of each, …, then the totals: no block's parts stand together.
        int[] order = [0, 5, 10, 1, 6, 11, 2, 7, 12, 3, 8, 13, 4, 9, 14];
        Assert.That(Table4Interleaving.Read(InOrder(Table, order), Blocks), Is.Null);
    }

    [TestCase(14)]
    [TestCase(16)]
    public void AnotherCountThanTheTablesIsNoReading(int count) =>
        Assert.That(Table4Interleaving.Read(Enumerable.Repeat("0", count).ToList(), Blocks), Is.Null);

    [Test]
    public void ABlankCellIsNoReading()
    {
        var values = InOrder(Table, Orders[0]);
        values[3] = "—";
        Assert.That(Table4Interleaving.Read(values, Blocks), Is.Null);
    }

    [Test]
    public void AHostileRunOfValuesUnderTheHeaderEndsQuicklyAndStatesNothing()
    {
        var values = string.Join("\n\n", Enumerable.Range(0, 1000).Select(i => (i % 3).ToString()));
        var watch = Stopwatch.StartNew();
        var run = TableRun.OfText($"四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n总计\n\n{values}\n\n五、存在的主要问题及改进情况\n");
        Assert.That(watch.Elapsed, Is.LessThan(HangBound));
        Assert.That(run.Metrics.Keys.Where(k => k.StartsWith("t4.", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void FifteenValuesThatAddUpManyWaysEndQuickly()
    {
        // Every block 1 1 1 1 = 4 and every value a 1 or a 4: the most readings fifteen such values allow.
        var values = InOrder([1, 1, 1, 1, 4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 4], Orders[1]);
        var watch = Stopwatch.StartNew();
        var reading = Table4Interleaving.Read(values, Blocks);
        Assert.That(watch.Elapsed, Is.LessThan(HangBound));
        Assert.That(reading!.Cells, Is.EqualTo(new[] { "1", "1", "1", "1", "4", "1", "1", "1", "1", "4", "1", "1", "1", "1", "4" }));
    }

    /// <summary>
    /// The rule checked on tables it was not written from: every table 4 of the samples' and corpus's gold whose
    /// totals hold, in each admitted order, states no cell that differs from the gold.
    /// </summary>
    [Test]
    public void OnRealTablesNoAdmittedOrderStatesAWrongCell()
    {
        if (SharedCorpus.Root is null)
            Assert.Ignore("../shared is not beside this checkout");
        var tables = new[] { "samples/gold", "corpus/gold" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(SharedCorpus.Root!, d), "*.json"))
            .Select(TableRun.GoldTableMetrics)
            .Select(m => Table4.Cells.Select(c => m.GetValueOrDefault($"{Table4.Key}.{c.Key}", -1m)).ToList())
            .Where(t => t.All(v => v >= 0) && !Table4Values.Violated([.. t.Select(v => v.ToString())], Blocks))
            .ToList();
        Assert.That(tables, Is.Not.Empty);
        foreach (var table in tables)
            foreach (var order in Orders)
            {
                var reading = Table4Interleaving.Read([.. order.Select(i => table[i].ToString())], Blocks);
                Assert.That(reading, Is.Not.Null);
                for (var i = 0; i < table.Count; i++)
                    if (!reading!.Unsure.Contains(i))
                        Assert.That(reading.Cells[i], Is.EqualTo(table[i].ToString()), $"{string.Join(" ", table)}: cell {i}");
            }
    }
}
