using System.Text;
using System.Text.RegularExpressions;
using GovReportParser.Panel;
using GovReportParser.Summaries;
using GovReportParser.Tests.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Summaries;

public class SummaryPageTests
{
    [Test]
    public void Given_the_samples_batch_When_summarised_Then_the_page_is_well_formed_with_every_section_and_the_counts()
    {
        using var output = new TempDir();
        var run = CliRun.Of("batch", RepoPaths.Samples, "--out", output.Path, "-q", "--summary");
        Assert.That(run.Out, Does.Contain("summary → "), run.Error);
        var html = File.ReadAllText(output.File(SummaryPage.FileName), Encoding.UTF8);

        var page = SummaryXml.Parse(html);

        Assert.That(page.Root!.Name, Is.EqualTo(SummaryXml.Xhtml + "html"));
        Assert.That(page.Descendants(SummaryXml.Xhtml + "section").Select(s => (string?)s.Attribute("id")),
            Is.EqualTo(new[] { "status", "years", "checks", "coverage", "panel" }));
        var jsonFiles = Directory.GetFiles(output.Path, "*.json", SearchOption.AllDirectories).Length;
        Assert.That(Count(page, "parsed"), Is.EqualTo(jsonFiles.ToString()));
        Assert.That(Count(page, "failed"), Is.EqualTo("0"));
        Assert.That(Count(page, "skipped"), Is.EqualTo("5"), "the batch passes its skipped count");
        var total = page.WithAttribute("data-year", "total").Single().Elements().Last().Value;
        Assert.That(total, Is.EqualTo(jsonFiles.ToString()));
        var t3 = page.WithAttribute("id", "coverage-t3-2019").Single();
        var templateReports = BatchFolder.Read(output.Path).Reports.Count(r => r.Template == "2019");
        Assert.That(t3.Descendants().Single(e => (string?)e.Attribute("data-key") == "t3.new_received.total").Value, Is.EqualTo(templateReports.ToString()));
    }

    [Test]
    public void Given_the_samples_batch_When_summarised_Then_the_page_loads_nothing_and_links_only_to_its_own_files()
    {
        using var output = new TempDir();
        CliRun.Of("batch", RepoPaths.Samples, "--out", output.Path, "-q", "--summary");
        var html = File.ReadAllText(output.File(SummaryPage.FileName), Encoding.UTF8);
        var page = SummaryXml.Parse(html);
        Assert.That(page.Descendants().Any(e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object"), Is.False);
        Assert.That(page.Descendants().Any(e => e.Attribute("src") is not null), Is.False);
        Assert.That(Regex.IsMatch(html, "url\\(|@import"), Is.False, "the style sheet fetches nothing");
        var uris = Regex.Matches(html, "https?://[^\"' ]+").Select(m => m.Value).Distinct().Order().ToArray();
        Assert.That(uris, Is.SubsetOf(new[] { "http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg" }), "namespace names only");
        foreach (var href in page.Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>())
            if (!href.StartsWith('#'))
                Assert.That(File.Exists(Path.Combine(output.Path, Uri.UnescapeDataString(href))), Is.True, href);
    }

    [Test]
    public void Given_one_batch_written_twice_When_summarised_Then_the_bytes_are_identical()
    {
        using var first = new TempDir();
        using var second = new TempDir();
        CliRun.Of("batch", RepoPaths.Samples, "--out", first.Path, "-q", "--summary", "--jobs", "1");
        CliRun.Of("batch", RepoPaths.Samples, "--out", second.Path, "-q", "--summary", "--jobs", "2");
        Assert.That(File.ReadAllBytes(second.File(SummaryPage.FileName)), Is.EqualTo(File.ReadAllBytes(first.File(SummaryPage.FileName))));
        Assert.That(CliRun.Of("summary", first.Path).ExitCode, Is.EqualTo(0));
        var standalone = File.ReadAllText(first.File(SummaryPage.FileName), Encoding.UTF8);
        Assert.That(standalone, Does.Contain("data-count=\"—\""), "a summary made from the folder alone cannot know the skipped count");
    }

    [Test]
    public void Given_failed_checks_When_summarised_Then_each_is_listed_under_its_rule_with_its_numbers_and_a_link_to_the_JSON()
    {
        var broken = MadeUpReports.Report("青山县人民政府", 2022, "a/2022.txt") with
        {
            Checks = [new("t4.sum.review", false, "1 + 0 + 0 + 0 = 1 ≠ 总计 0"), new("t4.sum.litigation_direct", true, "0 = 0")],
        };
        var page = SummaryXml.Parse(SummaryPage.Render(new BatchFolder("/out", [broken], []), []));
        var row = page.Descendants().Single(e => (string?)e.Attribute("class") == "failed-check");
        Assert.That((string?)row.Attribute("data-rule"), Is.EqualTo("t4.sum.review"));
        Assert.That(row.Value, Does.Contain("1 + 0 + 0 + 0 = 1 ≠ 总计 0"));
        Assert.That((string?)row.Descendants(SummaryXml.Xhtml + "a").Single().Attribute("href"), Is.EqualTo("a/2022.json"));
        Assert.That((string?)page.WithAttribute("data-rule", "t4.sum").Single().Descendants().Single(e => e.Attribute("data-count") is not null).Value, Is.EqualTo("1"));
    }

    [Test]
    public void Given_an_agency_with_several_years_and_findings_When_summarised_Then_its_charts_mark_them()
    {
        const string agency = "青山县人民政府";
        var reports = new[]
        {
            MadeUpReports.Report(agency, 2019, MadeUpReports.NewRequests(4), MadeUpReports.CarriedForward("total", 1)),
            MadeUpReports.Report(agency, 2020, MadeUpReports.NewRequests(40), MadeUpReports.CarriedOver("total", 2)),
            MadeUpReports.Report(agency, 2022, MadeUpReports.NewRequests(30)),
        };
        var findings = PanelRules.Run(reports);
        var page = SummaryXml.Parse(SummaryPage.Render(new BatchFolder("/out", reports, []), findings));

        var figure = page.WithAttribute("data-agency", agency).Single();
        var charts = figure.Descendants(SummaryXml.Svg + "svg").ToArray();
        Assert.That(charts, Has.Length.EqualTo(PanelKeys.Headline.Count));
        var newRequests = charts[0];
        Assert.That(newRequests.Descendants(SummaryXml.Svg + "circle").Count(c => (string?)c.Attribute("class") == "point"), Is.EqualTo(3));
        Assert.That(newRequests.Descendants().Count(c => (string?)c.Attribute("class") == "mark jump"), Is.EqualTo(1), "4 → 40");
        Assert.That(newRequests.Descendants().Count(c => (string?)c.Attribute("class") == "mark carry"), Is.EqualTo(1), "2020 carries over 2, 2019 forwarded 1");
        Assert.That(newRequests.Descendants().Count(c => (string?)c.Attribute("class") == "missing"), Is.EqualTo(1), "2021 has no report");
        Assert.That(page.Descendants().Count(e => (string?)e.Attribute("class") == "panel-finding"), Is.EqualTo(findings.Count(f => !f.Ok)));
    }

    private static string Count(System.Xml.Linq.XDocument page, string status) =>
        page.WithAttribute("data-status", status).Single().Descendants().Single(e => e.Attribute("data-count") is not null).Value;
}

public class SummaryCommandTests
{
    [Test]
    public void Given_no_such_folder_When_summarised_Then_one_line_names_it_and_the_exit_code_is_2()
    {
        using var dir = new TempDir();
        var missing = dir.File("nowhere");
        var run = CliRun.Of("summary", missing);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Is.EqualTo($"error: {missing}: no such folder"));
        Assert.That(Directory.Exists(missing), Is.False, "nothing is written outside an output folder");
    }
}
