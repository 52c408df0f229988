using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers.Html;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// The table grid (WHATWG "forming a table"): spans expanded with the text in the anchor slot and the covered slots
/// empty, row groups in standard order. The spans variant of sample 002 is covered by the twin tests; these pin the
/// rules real pages exercise, on table 4 of sample 002 (行政复议 / 行政诉讼).
/// </summary>
public class HtmlTableTests
{
    private static Document Read(string body) =>
        new HtmlReader().Read(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">{body}</div></body></html>"), "t.html");

    private static IReadOnlyList<IReadOnlyList<string>> OnlyTable(string body) =>
        Read(body).Blocks.Single(b => b.Kind == BlockKind.Table).Rows!;

    private const string Heading = "<p>四、政府信息公开行政复议、行政诉讼情况</p>";

    [Test]
    public void Colspan_and_rowspan_leave_the_covered_slots_empty()
    {
        var rows = OnlyTable(Heading + """
            <table><tr><td colspan="2">行政复议</td><td rowspan="2">行政诉讼</td></tr>
            <tr><td>结果维持</td><td>结果纠正</td></tr><tr><td>0</td><td>1</td><td>2</td></tr></table>
            """);

        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "行政复议", "", "行政诉讼" },
            new[] { "结果维持", "结果纠正", "" },
            new[] { "0", "1", "2" },
        }));
    }

    [Test]
    public void Rowspan_zero_runs_to_the_end_of_its_row_group_only()
    {
        var rows = OnlyTable(Heading + """
            <table><tbody><tr><td rowspan="0">行政复议</td><td>结果维持</td></tr><tr><td>结果纠正</td></tr></tbody>
            <tbody><tr><td>行政诉讼</td><td>总计</td></tr></tbody></table>
            """);

        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "行政复议", "结果维持" },
            new[] { "", "结果纠正" },
            new[] { "行政诉讼", "总计" },
        }));
    }

    [Test]
    public void Footer_rows_come_last_and_bad_spans_count_as_one()
    {
        var rows = OnlyTable(Heading + """
            <table><tfoot><tr><td>总计</td><td>0</td></tr></tfoot>
            <tr><td colspan="0">结果维持</td><td colspan="x">0</td></tr><tr><td>结果纠正</td><td rowspan="-1">0</td></tr></table>
            """);

        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "结果维持", "0" },
            new[] { "结果纠正", "0" },
            new[] { "总计", "0" },
        }));
    }

    [Test]
    public void Table_text_is_rows_of_tab_joined_cells_and_cell_breaks_join_without_spaces()
    {
        var table = Read(Heading + """
            <table><tr><td><p>（二）部分公开</p><p>（区分处理的，只计这一情形）</p></td><td>结果&nbsp;维持<br>纠正</td></tr><tr><td>0</td><td>0</td></tr></table>
            """).Blocks.Single(b => b.Kind == BlockKind.Table);

        Assert.That(table.Text, Is.EqualTo("（二）部分公开（区分处理的，只计这一情形）\t结果 维持纠正\n0\t0"));
        Assert.That(table.Source.EndLine - table.Source.Line, Is.EqualTo(1), "one line per row");
    }

    [Test]
    public void Caption_precedes_the_table_as_a_line()
    {
        var blocks = Read("<table><caption>政府信息公开行政复议、行政诉讼情况</caption><tr><td>行政复议</td><td>行政诉讼</td></tr></table>").Blocks;

        Assert.That(blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.Line, BlockKind.Table }));
        Assert.That(blocks[0].Text, Is.EqualTo("政府信息公开行政复议、行政诉讼情况"));
    }

    [Test]
    public void Layout_tables_are_read_as_text_and_the_data_table_inside_stays_a_table()
    {
        var blocks = Read($"""
            <table><tr><td>{Heading}<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>0</td></tr></table></td></tr>
            <tr><td>五、存在的主要问题及改进情况</td></tr></table>
            """).Blocks;

        Assert.That(blocks.Select(b => (b.Kind, b.Text)), Is.EqualTo(new[]
        {
            (BlockKind.Line, "四、政府信息公开行政复议、行政诉讼情况"),
            (BlockKind.Table, "行政复议\t行政诉讼\n0\t0"),
            (BlockKind.Line, "五、存在的主要问题及改进情况"),
        }));
    }
}
