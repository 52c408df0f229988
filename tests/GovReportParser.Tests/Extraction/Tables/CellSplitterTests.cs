using GovReportParser.Extraction.Tables;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>Cell values as flattened reports print them (corpus 007 and 008), cut into cells by the table's arithmetic.</summary>
public class CellSplitterTests
{
    private static readonly SumGroups Table3Row = new([7]);
    private static readonly SumGroups Table4Row = new([5, 5, 5]);

    [TestCase("230 000023", "23|0|0|0|0|0|23")]
    [TestCase("23 0 00 0 023", "23|0|0|0|0|0|23")]
    [TestCase("713000074", "71|3|0|0|0|0|74")]
    [TestCase("370000037", "37|0|0|0|0|0|37")]
    [TestCase("0200002", "0|2|0|0|0|0|2")]
    public void Table3RowHasOneSplitWhoseSixColumnsAddUpToItsTotal(string digits, string cells)
    {
        var split = CellSplitter.Split([digits], 7, Table3Row);
        Assert.That(split.IsSettled, Is.True);
        Assert.That(string.Join("|", split.Candidates[0]), Is.EqualTo(cells));
    }

    [Test]
    public void Table4WrittenWithSpacesKeepsThem()
    {
        var split = CellSplitter.Split(["0 1 1 0 2 1 0 0 0 1 0 0 0 0 0"], 15, Table4Row);
        Assert.That((split.Method, string.Concat(split.Candidates.Single())), Is.EqualTo(("spaces", "011021000100000")));
    }

    [Test]
    public void Table4RunTogetherIsSplitInBlocksOfFive()
    {
        // Corpus 003's table 4 (复议 1/1/0/0/2, 直接起诉 1/0/0/0/1, 复议后起诉 2/0/1/0/3) with its separators lost.
        var split = CellSplitter.Split(["110021000120103"], 15, Table4Row);
        Assert.That(string.Join("|", split.Candidates.Single()), Is.EqualTo("1|1|0|0|2|1|0|0|0|1|2|0|1|0|3"));
    }

    [Test]
    public void Table4RunTogetherWithSeveralArithmeticSplitsIsNotSettled()
    {
        // Corpus 001's table 4 (72/64/178/37/351, 13/4/8/1/26, 12/1/1/6/20) run together: 复议后起诉 splits three ways.
        var split = CellSplitter.Split(["72641783735113481261211620"], 15, Table4Row);
        Assert.That(split.IsSettled, Is.False);
        Assert.That(split.Candidates.Select(c => string.Join("|", c.Skip(10))), Is.EquivalentTo(new[] { "1|2|1|16|20", "1|2|11|6|20", "12|1|1|6|20" }));
    }

    [Test]
    public void AmbiguousRowKeepsEveryCandidate()
    {
        // 11|0|0|0|0|0|11 and 1|10|0|0|0|0|11 both add up.
        var split = CellSplitter.Split(["110000011"], 7, Table3Row);
        Assert.That(split.IsSettled, Is.False);
        Assert.That(split.Candidates.Select(c => string.Join("|", c)), Is.EquivalentTo(new[] { "11|0|0|0|0|0|11", "1|10|0|0|0|0|11" }));
    }

    [Test]
    public void WithoutArithmeticEveryCutIsACandidate() =>
        Assert.That(CellSplitter.Split(["350"], 2, SumGroups.None).Candidates.Select(c => string.Join("|", c)), Is.EquivalentTo(new[] { "3|50", "35|0" }));

    [Test]
    public void CellsAsSeparatedWinEvenWhenTheyDoNotAddUp()
    {
        // Corpus 002 (PDF) as published: 10 1 0 0 with 总计 0. The check reports it; the reader keeps what is written.
        var split = CellSplitter.Split(["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"], 15, Table4Row);
        Assert.That((split.IsSettled, split.Method), Is.EqualTo((true, "cells")));
    }

    [Test]
    public void NoCellButZeroStartsWithZero() =>
        Assert.That(CellSplitter.Split(["1023"], 2, SumGroups.None).Candidates.Select(c => string.Join("|", c)), Is.EquivalentTo(new[] { "10|23", "102|3" }), "1|023 is not a split");

    [TestCase("无", 0)]
    [TestCase("7730.28", 7730.28)]
    [TestCase("7730.28万元", 7730.28)]
    [TestCase("7730.28 万元", 7730.28)]
    [TestCase("-3", -3)]
    public void StatedValues(string cell, decimal value) => Assert.That(CellText.Value(cell), Is.EqualTo(value));

    /// <summary>Made up: an amount in 元 in a column counted in 万元 is converted, whether or not a space stands before the unit.</summary>
    [TestCase("5000元", "万元", 0.5)]
    [TestCase("5000 元", "万元", 0.5)]
    [TestCase("1.2 万元", "元", 12000)]
    [TestCase("5000", "万元", 5000)]
    public void ValuesInTheColumnsUnit(string cell, string unit, decimal value) => Assert.That(CellText.ValueIn(cell, unit), Is.EqualTo(value));

    [TestCase("")]
    [TestCase("—")]
    [TestCase("-")]
    [TestCase("/")]
    public void NotStated(string cell) => Assert.That(CellText.Value(cell), Is.Null);
}
