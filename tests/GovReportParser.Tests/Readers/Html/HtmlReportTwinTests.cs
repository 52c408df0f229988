using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// Through the whole pipeline, a sample page must give the report its txt twin gives: report fields, heading tree,
/// figures and metrics. (Source, tables' provenance and site metadata legitimately differ between formats.) The
/// comparison is as strong as the stages behind the reader: it checks more as structure and extraction land.
/// </summary>
public class HtmlReportTwinTests
{
    public static IEnumerable<TestCaseData> Pages => TwinLines.Cases;

    [TestCaseSource(nameof(Pages))]
    public void Report_equals_the_txt_twins(string page, string id)
    {
        var html = ReportParser.Default.Parse(page);
        var txt = ReportParser.Default.Parse(RepoPaths.SampleTxt(id));

        Assert.That(html.Source.Format, Is.EqualTo("html"));
        Assert.That(Fields(html.Info), Is.EqualTo(Fields(txt.Info)));
        Assert.That(Headings(html.Sections), Is.EqualTo(Headings(txt.Sections)));
        Assert.That(html.Figures.Select(f => (f.Value, f.Unit, f.Approx, f.Text, f.Section, f.Metric)),
            Is.EqualTo(txt.Figures.Select(f => (f.Value, f.Unit, f.Approx, f.Text, f.Section, f.Metric))));
        Assert.That(html.Metrics, Is.EquivalentTo(txt.Metrics));
    }

    [TestCase("report.html")]
    [TestCase("REPORT.HTM")]
    public void Batch_picks_up_web_pages(string name)
    {
        Assert.That(ReportParser.Default.CanRead(name), Is.True);
    }

    private static object Fields(ReportMetadata i) => (i.Title, i.Agency, i.Region, i.Year, i.Template, i.Published, i.Script);

    private static IEnumerable<string> Headings(IEnumerable<SectionNode> sections) =>
        sections.SelectMany(s => Headings(s.Children).Prepend($"{s.Level}|{s.Number}|{s.Heading}|{s.Canonical}"));
}
