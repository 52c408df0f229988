using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Structure;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>
/// Hostile heading runs (issue 13): the same heading repeated thousands of times, or every style restarted inside
/// itself, must parse in bounded time into a tree of bounded depth that the JSON writer can render.
/// </summary>
public class SectionTreeDepthTests
{
    /// <summary>Against hangs only: a run of 50,000 headings parses in well under a second on a quiet machine.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private static int Depth(IReadOnlyList<SectionNode> roots)
    {
        var deepest = 0;
        var pending = new Stack<(SectionNode Node, int Depth)>(roots.Select(r => (r, 1)));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.Children)
                pending.Push((child, depth + 1));
        }
        return deepest;
    }

    private static (Report Report, string Json) ParseAndRender(string text)
    {
        var watch = Stopwatch.StartNew();
        var report = ReportParser.Default.Parse(Encoding.UTF8.GetBytes(text), "generated.txt");
        var json = JsonReportWriter.Render(report);
        Assert.That(watch.Elapsed, Is.LessThan(HangBound));
        return (report, json);
    }

    [TestCase(500)]
    [TestCase(50_000)]
    public void Given_the_same_top_heading_repeated_When_parsed_Then_the_tree_stays_shallow_and_renders_as_JSON(int count)
    {
        var text = "某某局2020年政府信息公开工作年度报告\n" + string.Concat(Enumerable.Repeat("一、总体情况\n本年度工作正常开展。\n", count));

        var (report, json) = ParseAndRender(text);

        Assert.That(Depth(report.Sections), Is.LessThanOrEqualTo(SectionTreeBuilder.MaxRestarts + 1));
        Assert.That(report.Sections.SelectMany(s => new[] { s }.Concat(s.Children)).Count(), Is.GreaterThan(0));
        using var parsed = JsonDocument.Parse(json);
        Assert.That(parsed.RootElement.GetProperty("sections").GetArrayLength(), Is.EqualTo(report.Sections.Count));
    }

    [Test]
    public void Given_every_style_restarted_inside_itself_many_times_When_parsed_Then_depth_never_passes_the_maximum()
    {
        string[] styles = ["第一部分 ", "一、", "（一）", "1.", "（1）", "①"];
        var text = new StringBuilder("某某局2020年政府信息公开工作年度报告\n");
        for (var round = 0; round < 200; round++)
            foreach (var marker in styles)
                text.Append(marker).Append("工作情况\n");

        var (report, json) = ParseAndRender(text.ToString());

        Assert.That(Depth(report.Sections), Is.InRange(styles.Length, SectionTreeBuilder.MaxDepth));
        Assert.That(JsonDocument.Parse(json).RootElement.GetProperty("sections").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Given_a_report_pasted_inside_its_overview_When_parsed_Then_it_still_nests_one_level_down()
    {
        var text = "某某局2020年政府信息公开工作年度报告\n一、总体情况\n一、概述\n二、主动公开\n二、主动公开政府信息情况\n";

        var (report, _) = ParseAndRender(text);

        Assert.That(report.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "一、总体情况", "二、主动公开政府信息情况" }));
        Assert.That(report.Sections[0].Children.Select(s => s.Heading), Is.EqualTo(new[] { "一、概述", "二、主动公开" }));
    }
}
