using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>
/// Sample 002's tables (2019 template, tab-separated, label cells offset by merged columns, a row split by a blank line)
/// must give every metric its gold states, as written and re-laid out in each layout real reports use.
/// </summary>
public class SampleLayoutTests
{
    private static string SamplePath => RepoPaths.SampleTxt("002_");

    private static Dictionary<string, decimal> Gold => TableRun.GoldTableMetrics(Path.Combine(RepoPaths.Samples, "gold", Path.GetFileNameWithoutExtension(SamplePath) + ".json"));

    /// <summary>The sample's lines from table 2's heading to the section after table 4.</summary>
    private static (string[] Before, string[] Table, string[] After) Split()
    {
        var lines = File.ReadAllLines(SamplePath);
        var start = Array.FindIndex(lines, l => l.StartsWith("二、主动公开政府信息情况"));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("五、"));
        return (lines[..start], lines[start..end], lines[end..]);
    }

    private static string Relaid(Func<string, string> line)
    {
        var (before, table, after) = Split();
        return string.Join('\n', before.Concat(table.Select(line)).Concat(after));
    }

    [Test]
    public void TabSeparatedSampleStatesAll199GoldMetrics()
    {
        var run = TableRun.OfFile(SamplePath);
        Assert.That(Gold, Has.Count.EqualTo(199));
        Assert.That(run.Metrics, Is.EquivalentTo(Gold));
        Assert.That(run.Diagnostics.Warnings, Is.Empty);
    }

    [Test]
    public void EachMetricKeepsTableRowColumnAndLine()
    {
        var run = TableRun.OfFile(SamplePath);
        var source = run.Result.Metrics.SourceOf("t2.punishment.prev_items")!;
        Assert.That((source.Source, source.Table, source.Row, source.Column), Is.EqualTo(("table", "t2", "行政处罚", "上一年项目数量")));
        Assert.That(source.Line, Is.EqualTo(Array.FindIndex(File.ReadAllLines(SamplePath), l => l.StartsWith("行政处罚\t")) + 1));
        var notHeld = run.Result.Metrics.SourceOf("t3.result.unable.not_held.total")!;
        Assert.That((notHeld.Table, notHeld.Row, notHeld.Column), Is.EqualTo(("t3", "1.本机关不掌握相关政府信息", "总计")));
    }

    [Test]
    public void GridsAsReadAreKeptForAllThreeTables()
    {
        var tables = TableRun.OfFile(SamplePath).Result.Tables;
        Assert.That(tables.Select(t => (t.Kind, t.Section)), Is.EqualTo(new[] { ("t2", "proactive"), ("t3", "requests"), ("t4", "review_litigation") }));
        var t2 = tables[0].Rows;
        Assert.That(t2.Single(r => r[0] == "行政许可"), Is.EqualTo(new[] { "行政许可", "2", "0", "0" }));
        Assert.That(tables[1].Rows, Has.Count.EqualTo(1 + 23), "header + the 23 rows of the 2019 table 3");
        Assert.That(tables[2].Rows[1], Has.Count.EqualTo(1 + 15));
    }

    [Test]
    public void TableBlocksFromAnHtmlOrPdfReader()
    {
        var (before, table, after) = Split();
        var blocks = new List<Block>();
        var line = 0;
        foreach (var text in before)
            if (++line > 0 && text.Trim().Length > 0)
                blocks.Add(Block.FromLine(text, line));
        // One table block per run of tab-separated lines, as a reader gives a <table>: its grid, cells as written.
        var grid = new List<IReadOnlyList<string>>();
        foreach (var text in table.Append(""))
        {
            line++;
            if (text.Contains('\t'))
            {
                grid.Add(text.Split('\t'));
                continue;
            }
            if (grid.Count > 0)
                blocks.Add(new Block(BlockKind.Table, "", "", new Provenance(line - grid.Count)) { Rows = grid.ToArray() });
            grid = [];
            if (text.Trim().Length > 0)
                blocks.Add(Block.FromLine(text, line));
        }
        blocks.AddRange(after.Where(t => t.Trim().Length > 0).Select(t => Block.FromLine(t, ++line)));
        Assert.That(TableRun.Of(TableRun.FromBlocks(blocks)).Metrics, Is.EquivalentTo(Gold));
    }

    [Test]
    public void MarkdownPipes() =>
        Assert.That(TableRun.OfText(Relaid(l => l.Contains('\t') ? "| " + l.Replace("\t", " | ") + " |" : l)).Metrics, Is.EquivalentTo(Gold));

    [Test]
    public void RowsAlignedWithSpaces() =>
        Assert.That(TableRun.OfText(Relaid(l => l.Replace("\t", "    "))).Metrics, Is.EquivalentTo(Gold));

    [Test]
    public void OneCellPerLine() =>
        Assert.That(TableRun.OfText(Relaid(l => string.Join('\n', l.Split('\t').Where(c => c.Length > 0)))).Metrics, Is.EquivalentTo(Gold));

    [Test]
    public void FullWidthDigitsStraySpacesAndPublishedTypos() =>
        Assert.That(TableRun.OfText(Relaid(l => Regex.Replace(l, "[0-9]", m => ((char)(m.Value[0] + 0xFEE0)).ToString())
            .Replace("本年新收", "本 年 新 收").Replace("规范性文件", "规范性\n文件")
            .Replace("其他法律行政法规禁止公开", "其他法律行政止公开").Replace("行政复议、行政诉讼", "行政法复议、行政诉讼"))).Metrics, Is.EquivalentTo(Gold));

    [Test]
    public void TableSplitByAPageBreakWithItsHeaderRepeated()
    {
        var (_, table, _) = Split();
        var header = string.Join('\n', table.SkipWhile(l => !l.StartsWith("(本列数据")).Take(3));
        var text = Relaid(l => l.StartsWith("\t\t5.属于三类内部事务信息") ? "\f- 2 -\n" + header + "\n" + l : l);
        Assert.That(text, Does.Contain("\f- 2 -"));
        Assert.That(TableRun.OfText(text).Metrics, Is.EquivalentTo(Gold));
    }

    [Test]
    public void EverythingRunTogetherOnOneLine()
    {
        var (before, table, after) = Split();
        var text = string.Join('\n', before) + "\n" + string.Concat(table.Select(l => l.Replace("\t", ""))) + "\n" + string.Join('\n', after);
        Assert.That(TableRun.OfText(text).Metrics, Is.EquivalentTo(Gold));
    }

    [Test]
    public void NoneIsZeroWhileDashAndBlankAreNotStated()
    {
        var run = TableRun.OfText(Relaid(l => l switch
        {
            "行政许可\t2\t0\t0" => "行政许可\t+2\t—\t无",
            "行政处罚\t9\t0\t0" => "行政处罚\t9\t\t/",
            _ => l,
        }));
        Assert.That(run.Metrics["t2.licensing.prev_items"], Is.EqualTo(2m));
        Assert.That(run.Metrics["t2.licensing.decisions"], Is.EqualTo(0m));
        Assert.That(run.Metrics.Keys, Has.None.AnyOf("t2.licensing.change", "t2.punishment.change", "t2.punishment.decisions"));
        Assert.That(run.Result.Tables[0].Rows.Single(r => r[0] == "行政处罚"), Is.EqualTo(new[] { "行政处罚", "9", "", "/" }));
        Assert.That(run.Metrics, Has.Count.EqualTo(Gold.Count - 3));
    }

    [Test]
    public void ANarrativeSentenceUsingATableLabelIsNotATable()
    {
        var run = TableRun.OfText("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量为5件，均已按时答复。\n四、因政府信息公开申请提起行政复议、行政诉讼的情况\n本年度未发生行政复议0件。");
        Assert.That((run.Metrics.Count, run.Result.Tables.Count, run.Diagnostics.Warnings.Count), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public void ReportsWithoutTheStandardTablesStateNoTableMetric()
    {
        foreach (var id in new[] { "000_", "001_", "003_", "004_" })
            Assert.That(TableRun.OfFile(RepoPaths.SampleTxt(id)).Metrics, Is.Empty, id);
    }
}
