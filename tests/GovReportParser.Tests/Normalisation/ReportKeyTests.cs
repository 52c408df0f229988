using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Panel;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class ReportKeyTests
{
    public static IEnumerable<string> SampleIds => RepoPaths.SampleIds;

    [TestCaseSource(nameof(SampleIds))]
    public void Given_the_txt_html_and_pdf_copies_of_a_sample_When_keyed_Then_they_share_one_report_key(string id)
    {
        var copies = new[] { $"{id}.txt", $"html/{id}.html", $"pdf/{id}.pdf" }
            .Select(name => ReportKey.Of(ReportParser.Default.Parse(RepoPaths.Sample(name)).Info)).ToArray();
        Assert.That(copies[0], Is.Not.Null);
        Assert.That(copies.Distinct(), Has.Exactly(1).Items, string.Join(" | ", copies));
    }

    [TestCase("青山县人民政府", "青山县/2021/2021")]
    [TestCase("青 山 縣 政府", "青山县/2021/2021")]
    [TestCase("白鹭湾新区管委会", "白鹭湾新区/2021/2021")]
    public void Given_a_name_as_a_report_writes_it_When_keyed_Then_the_key_is_the_agency_identity_year_and_template(string agency, string key) =>
        Assert.That(ReportKey.Of(new ReportMetadata { Agency = agency, Year = 2021, Template = "2021" }), Is.EqualTo(key));

    [Test]
    public void Given_no_agency_or_no_year_When_keyed_Then_there_is_no_key()
    {
        Assert.That(ReportKey.Of(new ReportMetadata { Agency = " ", Year = 2021, Template = "2021" }), Is.Null);
        Assert.That(ReportKey.Of(new ReportMetadata { Agency = "青山县", Template = "2021" }), Is.Null);
    }

    [Test]
    public void Given_spellings_of_one_agency_When_grouped_by_the_panel_Then_the_group_key_opens_every_report_key()
    {
        string[] spellings = ["青山县人民政府", "青山县政府", "青 山 縣 人民政府"];
        var reports = spellings.Select((agency, i) => Panel.MadeUpReports.Report(agency, 2020 + i)).ToArray();
        var series = PanelGroups.Group(reports).Single();
        foreach (var report in reports)
            Assert.That(ReportKey.Of(new ReportMetadata { Agency = report.Agency, Year = report.Year, Template = report.Template }),
                Is.EqualTo($"{series.Key}/{report.Year}/{report.Template}"));
    }
}
