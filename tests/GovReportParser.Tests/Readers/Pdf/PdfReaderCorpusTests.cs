using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// The three agency PDFs of the corpus (WPS, CID fonts, vertical labels, tables across pages): every table value their gold
/// states must stand in the right row and column of the table blocks.
/// </summary>
public class PdfReaderCorpusTests
{
    private static readonly string[] Ids = ["001", "002", "003"];

    private static Document Read(string id)
    {
        var path = SharedCorpus.File($"corpus/raw/{id}.pdf");
        return new PdfReader().Read(File.ReadAllBytes(path), path);
    }

    private static Dictionary<string, decimal> Gold(string id) => CorpusGold.Metrics(SharedCorpus.File($"corpus/gold/{id}.json"));

    [TestCaseSource(nameof(Ids))]
    public void Table3RowsHoldTheGoldValuesInApplicantColumnOrder(string id)
    {
        var gold = Gold(id);
        var table = CorpusGold.TableWith(Read(id), "本年新收");
        var checkedKeys = new List<string>();

        foreach (var row in table.Rows!)
        {
            var label = CorpusGold.Label(row);
            var values = CorpusGold.Values(row);
            var match = CorpusGold.Table3Rows.FirstOrDefault(r => label.Contains(r.Fragment));
            if (match.Stem is null || values.Length != CorpusGold.ApplicantColumns.Length)
                continue;
            for (var c = 0; c < values.Length; c++)
            {
                var key = $"{match.Stem}.{CorpusGold.ApplicantColumns[c]}";
                if (gold.TryGetValue(key, out var want))
                {
                    Assert.That(values[c], Is.EqualTo(want), $"{key} in row '{label}'");
                    checkedKeys.Add(key);
                }
            }
        }
        Assert.That(gold.Keys.Where(k => k.StartsWith("t3.", StringComparison.Ordinal)).Except(checkedKeys), Is.Empty, "gold t3 values not found in any row");
    }

    [TestCaseSource(nameof(Ids))]
    public void Table4ValueRowHoldsTheGoldValues(string id)
    {
        var gold = Gold(id);
        var table = CorpusGold.TableWith(Read(id), "复议后起诉");
        var values = table.Rows!.Select(CorpusGold.Values).Single(v => v.Length == 15);
        string[] groups = ["review", "litigation_direct", "litigation_after_review"];
        string[] columns = ["upheld", "corrected", "other", "pending", "total"];

        var expected = groups.SelectMany(g => columns.Select(c => gold[$"t4.{g}.{c}"])).ToArray();
        Assert.That(values, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Ids))]
    public void Table2RowsHoldTheGoldValues(string id)
    {
        var gold = Gold(id);
        var table = CorpusGold.TableWith(Read(id), "行政许可");

        foreach (var (label, stem, columns) in CorpusGold.Table2Rows)
        {
            var values = CorpusGold.Values(table.Rows!.Single(r => r[0] == label));
            Assert.That(values.Take(columns.Length), Is.EqualTo(columns.Select(c => gold[$"{stem}.{c}"])), stem);
        }
    }

    [TestCaseSource(nameof(Ids))]
    public void TablesSplitByAPageBreakAreOneBlock(string id)
    {
        var doc = Read(id);
        var t3 = CorpusGold.TableWith(doc, "本年新收");

        // Table 3 runs over two pages in all three files; its last rows come from the second page.
        Assert.That(doc.Blocks.Count(b => b.Kind == BlockKind.Table && b.Text.Contains("不予处理")), Is.EqualTo(1));
        Assert.That(t3.Text, Does.Contain("结转下年度继续办理"));
        Assert.That(doc.Blocks.Count(b => b.Kind == BlockKind.Table && b.Text.Contains("行政许可")), Is.EqualTo(1));
    }

    [TestCaseSource(nameof(Ids))]
    public void VerticalLabelIsOneCell(string id)
    {
        var cells = CorpusGold.TableWith(Read(id), "本年新收").Rows!.SelectMany(r => r);

        Assert.That(cells, Does.Contain("三、本年度办理结果"));
        Assert.That(cells, Does.Contain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    }

    [Test]
    public void LabelCutByThePageBreakIsMadeWhole()
    {
        var cells = CorpusGold.TableWith(Read("001"), "本年新收").Rows!.SelectMany(r => r).ToList();

        Assert.That(cells, Does.Contain("（四）无法提供"));
        Assert.That(cells, Does.Not.Contain("法提供"));
    }

    [TestCaseSource(nameof(Ids))]
    public void PageNumbersAreFurnitureOnEveryPage(string id)
    {
        var doc = Read(id);
        var furniture = doc.Blocks.Where(b => b.Kind == BlockKind.Furniture).ToList();

        Assert.That(furniture.Select(b => b.Text), Is.EqualTo(furniture.Select(b => $"- {b.Source.Page} -")));
        Assert.That(furniture.Select(b => b.Source.Page), Is.EqualTo(Enumerable.Range(1, int.Parse(doc.ContainerMetadata["pages"]))));
        Assert.That(doc.Blocks.Where(b => b.Kind != BlockKind.Furniture).Select(b => b.Text), Has.None.Match(@"^-\s*\d+\s*-$"));
    }

    [Test]
    public void TitleSetOverTwoCentredLinesIsOneParagraph()
    {
        var doc = Read("001");

        Assert.That(doc.Blocks[0].Text, Is.EqualTo("淮安市人民政府"));
        Assert.That(doc.Blocks[1].Text, Is.EqualTo("2024年政府信息公开工作年度报告"));
        Assert.That(doc.Blocks[1].Source.Line, Is.EqualTo(doc.Blocks[0].Source.Line + 1));
        Assert.That(doc.TitleHint, Is.EqualTo("政府信息公开工作年度报告"));
    }

    [TestCaseSource(nameof(Ids))]
    public void SentenceBrokenByAPageBreakKeepsItsParagraph(string id)
    {
        var blocks = Read(id).Blocks;

        // Each page number sits between the last line of one page and the first of the next; where that first line does not
        // start a paragraph (no indent), the numbering has no gap beyond the furniture's own number.
        foreach (var i in Enumerable.Range(1, blocks.Count - 2).Where(i => blocks[i].Kind == BlockKind.Furniture))
        {
            var (before, after) = (blocks[i - 1], blocks[i + 1]);
            if (before.Kind != BlockKind.Line || after.Kind != BlockKind.Line || "。；：".Contains(before.Text[^1]))
                continue;
            Assert.That(after.Source.Line, Is.EqualTo(before.Source.Line + 2), $"'{before.Text}' / '{after.Text}'");
        }
    }

    [TestCaseSource(nameof(Ids))]
    public void NumbersAndLatinKeepNoStraySpaces(string id)
    {
        var text = string.Concat(Read(id).Blocks.Where(b => b.Kind == BlockKind.Line).Select(b => b.Text));

        Assert.That(text, Does.Contain("《中华人民共和国政府信息公开条例》（国令第711号）"));
        Assert.That(text, Does.Match(@"\d{4}年\d{1,2}月\d{1,2}日"));
    }

    [TestCase("001", "hazwgkc@163.com")]
    [TestCase("002", "hzzwgk@126.com")]
    public void EmailAddressIsReadWhole(string id, string email)
    {
        var lines = Read(id).Blocks.Where(b => b.Kind == BlockKind.Line).Select(b => b.Text);

        Assert.That(lines, Has.Some.Contains(email));
    }
}
