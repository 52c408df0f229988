using GovReportParser.Summaries;
using NUnit.Framework;

namespace GovReportParser.Tests.Summaries;

public class SvgLineChartTests
{
    [TestCase(0, 1)]
    [TestCase(1, 1)]
    [TestCase(3, 5)]
    [TestCase(11, 20)]
    [TestCase(95, 100)]
    [TestCase(101, 200)]
    [TestCase(3119, 5000)]
    public void Given_a_largest_value_When_the_axis_is_scaled_Then_it_ends_at_a_round_number(int max, int top) =>
        Assert.That(SvgLineChart.NiceCeiling(max), Is.EqualTo((decimal)top));

    [Test]
    public void Given_a_year_without_a_value_When_drawn_Then_the_line_bridges_it_dashed_and_no_point_is_drawn()
    {
        var svg = SvgLineChart.Render("t", [(2020, 1m), (2021, null), (2022, 3m)], new HashSet<int> { 2020, 2021, 2022 }, []);
        var chart = SummaryXml.Parse(svg).Root!;
        Assert.That(chart.Descendants(SummaryXml.Svg + "circle").Count(), Is.EqualTo(2));
        Assert.That(chart.Descendants(SummaryXml.Svg + "line").Count(l => (string?)l.Attribute("class") == "line bridged"), Is.EqualTo(1));
        Assert.That(chart.Descendants(SummaryXml.Svg + "rect").Count(r => (string?)r.Attribute("class") == "missing"), Is.Zero, "2021 has a report that does not state it");
    }
}
