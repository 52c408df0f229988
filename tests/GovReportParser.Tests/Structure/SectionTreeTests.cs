using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

public class SectionTreeTests
{
    private static string Outline(IEnumerable<SectionNode> nodes, int depth = 0) =>
        string.Concat(nodes.Select(n => new string(' ', depth * 2) + n.Heading + "\n" + Outline(n.Children, depth + 1)));

    [Test]
    public void Given_sample_002_with_an_old_report_pasted_inside_its_overview_When_structured_Then_the_tree_nests_it_and_resumes()
    {
        var report = Samples.Report("002_");
        Assert.That(report.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        }));
        Assert.That(report.Sections.Select(s => s.Canonical), Is.EqualTo(new[]
        {
            "overview", "proactive", "requests", "review_litigation", "problems", "other",
        }));
        var pasted = report.Sections[0].Children;
        Assert.That(pasted.Select(s => s.Number), Is.EqualTo(new[] { "一", "二", "三", "四", "五", "六", "七", "八" }));
        Assert.That(pasted.Select(s => s.Level).Distinct(), Is.EqualTo(new[] { 2 }));
        Assert.That(Outline(pasted[0].Children), Does.StartWith(
            "(一)抓好常规，促进信息公开工作的落实\n  1、加强组织领导\n  2、抓好制度建设与监督检查\n  3、加强政府信息公开工作的宣传\n    (1)区政府门户网站\n"));
        var problems = report.Sections[4];
        Assert.That(problems.Children.Select(c => (c.Number, c.Title)), Is.EqualTo(new[] { ("（一）", "存在问题"), ("（二）", "改进措施") }));
        Assert.That(problems.Children[1].Children, Has.Count.EqualTo(4));
    }

    [Test]
    public void Given_sample_002_tables_When_structured_Then_table_rows_numbered_like_headings_stay_in_their_section()
    {
        var requests = Samples.Structured("002_").Sections[2];
        Assert.That(requests.Children, Is.Empty, "三、本年度办理结果 and 四、结转下年度继续办理 are table rows");
        var rows = requests.Blocks.Where(b => b.Kind == BlockKind.Table).ToArray();
        Assert.That(rows, Has.Length.GreaterThanOrEqualTo(25));
        Assert.That(rows.Any(r => r.Rows![0].Contains("四、结转下年度继续办理")), Is.True);
    }

    [Test]
    public void Given_sample_000_When_structured_Then_lead_sentences_are_headings_and_their_paragraphs_are_body()
    {
        var proactive = Samples.Report("000_").Sections[2];
        Assert.That(proactive.Heading, Is.EqualTo("三、主动公开政府信息情况"));
        Assert.That(proactive.Children.Select(c => c.Heading), Is.EqualTo(new[] { "（一）公开的主要内容", "（二）公开的主要形式" }));
        Assert.That(proactive.Children[0].Text, Does.StartWith("2019年，我局在舞钢市政府网主动公开教育信息上百条"));
        Assert.That(Samples.Report("000_").Sections.Select(s => s.Canonical), Is.EqualTo(new string?[]
        {
            null, null, "proactive", "requests", "review_litigation", "problems", "plans",
        }));
    }

    [Test]
    public void Given_sample_001_When_structured_Then_numbered_sentences_of_a_list_are_not_headings()
    {
        var problems = Samples.Report("001_").Sections[3];
        Assert.That(problems.Heading, Is.EqualTo("四、存在问题"));
        Assert.That(problems.Children, Is.Empty, "1.–4. form a list: the short 3. and 4. continue the run of long items");
        Assert.That(problems.Text, Does.Contain("4. 信息公开的检查和培训工作存在被动、滞后现象。"));
        Assert.That(Samples.Report("001_").Sections[1].Children.Select(c => c.Title), Is.EqualTo(new[]
        {
            "领导重视，落实责任", "强化举措，提升质效", "创新机制，确保更新", "强化举措，宣传政策",
        }));
    }

    [Test]
    public void Given_sample_003_When_structured_Then_titles_opening_with_a_year_are_headings()
    {
        var report = Samples.Report("003_");
        Assert.That(report.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "一、2012年总结", "二、政府信息主动公开情况", "三、2013年政务公开努力方向" }));
        Assert.That(report.Sections[0].Children, Has.Count.EqualTo(4));
        Assert.That(report.Sections.Select(s => s.Canonical), Is.EqualTo(new[] { "overview", "proactive", "plans" }));
    }
}
