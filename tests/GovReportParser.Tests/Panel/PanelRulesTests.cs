using GovReportParser.Panel;
using NUnit.Framework;
using static GovReportParser.Tests.Panel.MadeUpReports;

namespace GovReportParser.Tests.Panel;

public class PanelRulesTests
{
    private const string Agency = "青山县人民政府";

    [Test]
    public void Given_consecutive_years_When_checked_Then_each_stated_column_of_the_carry_over_is_compared_with_both_numbers()
    {
        var findings = PanelRules.Run(
        [
            Report(Agency, 2021, CarriedForward("total", 3), CarriedForward("natural_person", 2)),
            Report(Agency, 2022, CarriedOver("total", 3), CarriedOver("natural_person", 1)),
        ]);
        var total = findings.Single(f => f.Rule == "panel.carry_over.total");
        Assert.That(total.Ok, Is.True);
        var person = findings.Single(f => f.Rule == "panel.carry_over.natural_person");
        Assert.That(person.Ok, Is.False);
        Assert.That(person.Fails, Is.True);
        Assert.That((person.Earlier.Year, person.Earlier.File, person.Earlier.Value), Is.EqualTo((2021, $"{Agency}/2021.txt", 2m)));
        Assert.That((person.Later.Year, person.Later.File, person.Later.Value), Is.EqualTo((2022, $"{Agency}/2022.txt", 1m)));
        Assert.That(person.Detail, Is.EqualTo("2022 二、上年结转政府信息公开申请数量 1 ≠ 2021 四、结转下年度继续办理 2"));
        Assert.That(findings.Count(f => f.Rule.StartsWith("panel.carry_over.", StringComparison.Ordinal)), Is.EqualTo(2), "columns stated on one side only are not compared");
    }

    [Test]
    public void Given_years_apart_When_checked_Then_there_is_no_carry_over_but_a_gap_naming_the_missing_years()
    {
        var findings = PanelRules.Run([Report(Agency, 2019, CarriedForward("total", 1)), Report(Agency, 2022, CarriedOver("total", 5))]);
        Assert.That(findings.Any(f => f.Rule.StartsWith("panel.carry_over.", StringComparison.Ordinal)), Is.False);
        var gap = findings.Single(f => f.Rule == "panel.gap");
        Assert.That(gap.Severity, Is.EqualTo(PanelSeverity.Review));
        Assert.That(gap.Detail, Does.StartWith("no report for 2020–2021"));
    }

    [TestCase(10, 51, true)]
    [TestCase(10, 50, false)]
    [TestCase(50, 9, true)]
    [TestCase(50, 10, false)]
    [TestCase(0, 40, false)]
    [TestCase(7, 0, true)]
    public void Given_a_headline_metric_in_two_years_When_checked_Then_a_jump_beyond_five_times_is_flagged_for_review(int before, int after, bool flagged)
    {
        var findings = PanelRules.Run([Report(Agency, 2021, NewRequests(before)), Report(Agency, 2022, NewRequests(after))]);
        var jump = findings.SingleOrDefault(f => f.Rule == $"panel.jump.{PanelKeys.Headline[0]}");
        Assert.That(jump is not null, Is.EqualTo(flagged));
        if (jump is null)
            return;
        Assert.That((jump.Earlier.Value, jump.Later.Value, jump.Severity, jump.Fails), Is.EqualTo(((decimal?)before, (decimal?)after, PanelSeverity.Review, false)));
    }

    [Test]
    public void Given_copies_of_one_report_in_several_formats_that_agree_When_checked_Then_there_is_no_duplicate()
    {
        var findings = PanelRules.Run(
        [
            Report(Agency, 2022, $"{Agency}/2022.txt", NewRequests(12), CarriedOver("total", 1)),
            Report(Agency, 2022, $"{Agency}/2022.html", NewRequests(12)),
            Report(Agency, 2021, CarriedForward("total", 1)),
        ]);
        Assert.That(findings.Any(f => f.Rule == "panel.duplicate"), Is.False);
        Assert.That(findings.Single(f => f.Rule == "panel.carry_over.total").Later.File, Is.EqualTo($"{Agency}/2022.txt"), "the copy stating most stands for the year");
    }

    [Test]
    public void Given_two_reports_of_one_year_with_different_numbers_When_checked_Then_a_duplicate_fails_with_both()
    {
        var findings = PanelRules.Run(
        [
            Report(Agency, 2022, $"{Agency}/a.txt", NewRequests(12), CarriedOver("total", 1)),
            Report(Agency, 2022, $"{Agency}/b.txt", NewRequests(15), CarriedOver("total", 1)),
        ]);
        var duplicate = findings.Single(f => f.Rule == "panel.duplicate");
        Assert.That(duplicate.Fails, Is.True);
        Assert.That((duplicate.Earlier.File, duplicate.Earlier.Value, duplicate.Later.File, duplicate.Later.Value),
            Is.EqualTo(($"{Agency}/a.txt", (decimal?)12, $"{Agency}/b.txt", (decimal?)15)));
        Assert.That(duplicate.Detail, Does.Contain($"{PanelKeys.Headline[0]} 12 ≠ 15"));
    }

    [Test]
    public void Given_a_copy_that_disagrees_only_with_the_second_of_two_agreeing_copies_When_checked_Then_the_duplicate_names_that_pair()
    {
        var findings = PanelRules.Run(
        [
            Report(Agency, 2022, $"{Agency}/a.txt", NewRequests(12), CarriedOver("total", 5)),
            Report(Agency, 2022, $"{Agency}/b.txt", CarriedForward("total", 2)),
            Report(Agency, 2022, $"{Agency}/c.txt", NewRequests(12), CarriedForward("total", 3)),
        ]);
        var duplicate = findings.Single(f => f.Rule == "panel.duplicate");
        Assert.That((duplicate.Earlier.File, duplicate.Earlier.Value, duplicate.Later.File, duplicate.Later.Value),
            Is.EqualTo(($"{Agency}/c.txt", (decimal?)3, $"{Agency}/b.txt", (decimal?)2)));
    }

    [Test]
    public void Given_one_report_per_agency_When_checked_Then_there_are_no_findings() =>
        Assert.That(PanelRules.Run([Report(Agency, 2021, NewRequests(1)), Report("白鹭湾新区管委会", 2022, NewRequests(90))]), Is.Empty);
}
