using GovReportParser.Panel;
using NUnit.Framework;
using static GovReportParser.Tests.Panel.MadeUpReports;

namespace GovReportParser.Tests.Panel;

public class PanelGroupsTests
{
    [Test]
    public void Given_a_district_named_with_and_without_its_city_When_grouped_Then_it_is_one_series_ordered_by_year()
    {
        var groups = PanelGroups.Group([Report("江城市河口区人民政府", 2024), Report("河口区人民政府", 2023), Report("河口区政府", 2022)]);
        Assert.That(groups, Has.Count.EqualTo(1));
        Assert.That(groups[0].Years, Is.EqualTo(new[] { 2022, 2023, 2024 }));
        Assert.That(groups[0].Agency, Is.EqualTo("江城市河口区人民政府"), "the latest report's name is shown");
    }

    [Test]
    public void Given_a_bare_office_name_and_one_city_office_When_grouped_Then_they_stay_apart()
    {
        var groups = PanelGroups.Group([Report("江城市教育局", 2023), Report("教育局", 2022)]);
        Assert.That(groups.Select(g => g.Key), Is.EqualTo(new[] { "教育局", "江城市教育局" }));
    }

    [Test]
    public void Given_a_short_name_that_two_cities_could_own_When_grouped_Then_it_joins_neither()
    {
        var groups = PanelGroups.Group([Report("江城市河口区", 2023), Report("海城市河口区", 2023), Report("河口区", 2022)]);
        Assert.That(groups, Has.Count.EqualTo(3));
    }

    [Test]
    public void Given_reports_without_agency_or_year_When_grouped_Then_they_are_in_no_series()
    {
        var noYear = Report("青山县人民政府", 2023) with { Year = null };
        var noAgency = Report("青山县人民政府", 2022) with { Agency = null };
        Assert.That(PanelGroups.Group([noYear, noAgency]), Is.Empty);
    }
}
