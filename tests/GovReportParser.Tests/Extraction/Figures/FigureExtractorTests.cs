using GovReportParser.Extraction;
using GovReportParser.Extraction.Figures;
using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Figures;

public class FigureExtractorTests
{
    private static List<Figure> Extract(StructuredDocument document)
    {
        var result = new ExtractionResult();
        new FigureExtractor().Extract(document, result, new Diagnostics());
        return result.Figures;
    }

    /// <summary>Samples 000–003 are simplified text already; 004 needs normalisation first (see NarrativeSentencesOf004).</summary>
    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    public void FindsEveryGoldFigureOfTheSampleAndNoTrap(string id)
    {
        var sampleId = RepoPaths.SampleIds.Single(s => s.StartsWith(id, StringComparison.Ordinal));
        var gold = GoldFile.Load(RepoPaths.Sample($"gold/{sampleId}.json"));
        AssertMatchesGold(Extract(SampleDocuments.Sample(id)), gold);
    }

    [TestCase("005")]
    [TestCase("006")]
    [TestCase("007")]
    [TestCase("008")]
    public void FindsEveryGoldFigureOfTheCorpusText(string id)
    {
        var document = SampleDocuments.Corpus($"corpus/raw/{id}.txt");
        AssertMatchesGold(Extract(document), GoldFile.Load(SharedCorpus.File($"corpus/gold/{id}.json")));
    }

    private static void AssertMatchesGold(List<Figure> figures, GoldFile gold)
    {
        var unused = figures.ToList();
        foreach (var expected in gold.Figures)
        {
            var hit = unused.FirstOrDefault(f => f.Value == expected.Value && f.Unit == expected.Unit);
            Assert.That(hit, Is.Not.Null, $"{expected.Text} = {expected.Value}{expected.Unit}");
            unused.Remove(hit!);
        }
        foreach (var trap in gold.NotFigures)
        {
            var digits = new string(trap.Where(c => char.IsAsciiDigit(c) || c == '.').ToArray());
            if (decimal.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var value))
                Assert.That(figures.Select(f => f.Value), Has.No.Member(value), $"trap {trap}");
        }
    }

    [Test]
    public void NamesTheInnermostSectionAndTheLine()
    {
        var figures = Extract(SampleDocuments.Sample("000"));
        var editions = figures.Single(f => f.Unit == "期");
        Assert.That(editions.Section, Is.EqualTo("三、主动公开政府信息情况"));
        Assert.That(editions.Line, Is.EqualTo(19));
        Assert.That(editions.Text, Does.Contain("12期"));
    }

    [Test]
    public void ReadsThePreambleWithoutASection()
    {
        var parts = Extract(SampleDocuments.Sample("001")).Single(f => f.Value == 6 && f.Unit == "个");
        Assert.That(parts.Section, Is.Null);
    }

    [Test]
    public void ReadsNothingFromTablesMetadataFurnitureOrHeadings()
    {
        var section = new Section { Level = 1, Number = "二", Title = "主动公开情况", Heading = "二、主动公开30条情况", Source = new Provenance(1) };
        section.Blocks.Add(new Block(BlockKind.Table, "规章\t0\t0\t0", "规章\t0\t0\t0", new Provenance(2)) { Rows = [["规章", "0"]] });
        section.Blocks.Add(new Block(BlockKind.Metadata, "索引号 发布信息818条", "索引号 发布信息818条", new Provenance(3)));
        section.Blocks.Add(new Block(BlockKind.Furniture, "第3页共9页 共5条", "第3页共9页 共5条", new Provenance(4)));
        section.Blocks.Add(new Block(BlockKind.Heading, "（一）发布12条", "（一）发布12条", new Provenance(5)));
        // a tab-separated row (sample 002) and a table flattened into running text (corpus 007, its amount shortened so
        // that the table rule drops it rather than the digit-length rule) reached as paragraphs
        section.Blocks.Add(new Block(BlockKind.Paragraph, "政府集中采购\t0\t0条", "政府集中采购\t0\t0条", new Provenance(6)));
        const string glued = "行政许可3960181其他对外管理服务事项100153第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量"
            + "行政处罚26480430行政强制126025第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费350第二十条第（九）项"
            + "信息内容采购项目数量采购总金额政府集中采购1357.52元";
        section.Blocks.Add(new Block(BlockKind.Paragraph, glued, glued, new Provenance(7)));
        var document = new StructuredDocument(new Document(new SourceInfo("t", "txt", null, ""), []), [section], new ReportMetadata());
        Assert.That(Extract(document), Is.Empty);
    }
}
