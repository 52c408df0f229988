using GovReportParser.Catalogue;
using GovReportParser.Text;
using NUnit.Framework;

namespace GovReportParser.Tests.Catalogue;

public class CatalogueTests
{
    public static IEnumerable<TestCaseData> PrintedRows() =>
        Table3.Rows.SelectMany(r => Printed(r, Table3.Key))
            .Concat(Table2.Rows.SelectMany(r => Printed(r, Table2.Key)));

    private static IEnumerable<TestCaseData> Printed(TableRow row, string table) =>
        new[] { Templates.Y2019, Templates.Y2021 }.Where(t => row.Templates.HasFlag(t))
            .Select(t => new TestCaseData(row, t).SetArgDisplayNames($"{table}.{row.Key}", TemplateNames.Describe(t)));

    [TestCaseSource(nameof(PrintedRows))]
    public void EachRowPatternFindsItsLabelAsPrinted(TableRow row, Templates template)
    {
        var chars = CompactText.Compacted(row.PrintedLabel(template)).ToCharArray();
        CompactText.FoldInPlace(chars); // as the table reader sees text: full-width brackets folded
        var printed = new string(chars);
        var match = LabelPattern.Compile(row.PatternParts).Match(printed);
        Assert.That(match is { Success: true, Index: 0 }, Is.True, $"{LabelPattern.Build(row.PatternParts)} on {printed}");
    }

    [Test]
    public void LeadWordsAreTheWordsEveryPrintingOpensWith()
    {
        Assert.That(Table3.TopRows.Select(r => r.LeadWord), Is.EqualTo(new[] { "本年新收", "上年结转", "本年度办理结果", "结转下年度" }));
        Assert.That(Table3.ResultRows.Select(r => r.LeadWord),
            Is.EqualTo(new[] { "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "总计" }));
        foreach (var row in Table3.TopRows.Concat(Table3.ResultRows))
            Assert.That(CompactText.Compacted(row.Label), Does.StartWith(row.LeadWord), row.Key);
    }

    [Test]
    public void KeysAreUnique() =>
        Assert.That(MetricCatalogue.All.GroupBy(m => m.Key).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);

    [Test]
    public void EveryTableKeyHasItsTemplatesAndLabels()
    {
        foreach (var metric in MetricCatalogue.All.Where(m => m.Sources.HasFlag(MetricSources.Table) && m.Templates != Templates.None))
        {
            Assert.That(metric.RowLabel, Is.Not.Empty, metric.Key);
            Assert.That(metric.ColumnLabel, Is.Not.Empty, metric.Key);
            Assert.That(metric.Key, Does.StartWith(metric.Table + "."), metric.Key);
        }
    }

    [Test]
    public void HeadlineMetricsAreCatalogueKeys() =>
        Assert.That(MetricCatalogue.Headline, Is.SubsetOf(MetricCatalogue.All.Select(m => m.Key)));

    [Test]
    public void NarrativeKeysAreCatalogueKeysMarkedNarrative() =>
        Assert.That(NarrativeMetrics.Keys.Select(k => MetricCatalogue.All.Single(m => m.Key == k).Sources.HasFlag(MetricSources.Narrative)),
            Is.All.True);

    [Test]
    public void KeysSharedByBothTemplatesNameBothLabelsWhereTheyDiffer()
    {
        var decisions = MetricCatalogue.All.Single(m => m.Key == "t2.licensing.decisions");
        Assert.That(decisions.Templates, Is.EqualTo(Templates.Both));
        Assert.That(decisions.ColumnLabel, Is.EqualTo("2019: 处理决定数量; 2021: 本年处理决定数量"));
    }

    [Test]
    public void ResultRowsAreTheFixedRowsPlusOtherAsOneRowOrItsThreeSubRows()
    {
        var fixedRows = Table3.FixedResultRows.Select(r => r.Key).ToList();
        Assert.That(Table3.ResultRowKeys([.. fixedRows, Table3.Other.Key]), Is.EqualTo(fixedRows.Append(Table3.Other.Key)));
        var sub = Table3.OtherSubRows.Select(r => r.Key).ToList();
        Assert.That(Table3.ResultRowKeys([.. fixedRows, Table3.Other.Key, .. sub]), Is.EqualTo(fixedRows.Concat(sub)));
        Assert.That(Table3.ResultRowKeys([.. fixedRows, sub[0]]), Is.Null, "two of three sub-rows missing");
        Assert.That(Table3.ResultRowKeys(fixedRows.Skip(1)), Is.Null, "a fixed row missing");
    }

    [Test]
    public void Table4CellsAreBlocksTimesColumnsInPrintedOrder()
    {
        Assert.That(Table4.Cells, Has.Count.EqualTo(Table4.Blocks.Count * Table4.Columns.Count));
        Assert.That(Table4.Cells[0].Key, Is.EqualTo("review.upheld"));
        Assert.That(Table4.Cells[^1].Label, Is.EqualTo("行政诉讼/复议后起诉/总计"));
    }
}
