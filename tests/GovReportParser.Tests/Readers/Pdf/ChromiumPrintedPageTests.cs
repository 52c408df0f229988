using System.Diagnostics;
using GovReportParser.Pipeline;
using GovReportParser.Tests.Summaries;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// A PDF from another producer: a made-up CMS article page (TestData/Html/printed-cms-page.html) printed by headless
/// Chromium (Skia's PDF: the page frame, breadcrumb steps one a line, the page's heading and the body's own title).
/// </summary>
public class ChromiumPrintedPageTests
{
    private static void RequireHanFont()
    {
        var start = new ProcessStartInfo("fc-list", ":lang=zh family") { RedirectStandardOutput = true, UseShellExecute = false };
        try
        {
            using var process = Process.Start(start)!;
            var fonts = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (fonts.Trim().Length == 0)
                Assert.Ignore("no Han font installed (fonts-wqy-microhei): chromium would print no Han text");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("fc-list is absent: cannot tell whether a Han font is installed");
        }
    }

    [Test]
    public void Given_a_cms_page_printed_by_chromium_When_parsed_Then_the_bodys_title_agency_and_the_info_bars_date_are_read()
    {
        HeadlessChromium.RequireInstalled();
        RequireHanFont();
        using var dir = new TempDir();
        var pdf = Path.Combine(dir.Path, "page.pdf");
        HeadlessChromium.Run(RepoPaths.TestData("Html/printed-cms-page.html"), "--no-pdf-header-footer", $"--print-to-pdf={pdf}");
        Assert.That(File.Exists(pdf), Is.True, "chromium printed no PDF");

        var report = ReportParser.Default.Parse(File.ReadAllBytes(pdf), "page.pdf");

        Assert.That(report.Source.Format, Is.EqualTo("pdf"));
        Assert.That(report.Info.Title, Is.EqualTo("某某县2021年政府信息公开工作年度报告"));
        Assert.That(report.Info.Agency, Is.EqualTo("某某县"));
        Assert.That(report.Info.Year, Is.EqualTo(2021));
        Assert.That(report.Info.Published, Is.EqualTo("2022-01-15"));
        Assert.That(report.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "一、总体情况", "二、存在的主要问题及改进情况" }));
    }

    /// <summary>
    /// Skia's PDF (Type 3 and CID TrueType fonts, tagged structure, tables as filled rectangles) is a producer the lean
    /// text layer was not written on: every page of a sample's web page printed by Chromium is read by it, with PdfPig's
    /// glyphs and rules exactly.
    /// </summary>
    [Test]
    public void Given_a_sample_web_page_printed_by_chromium_When_read_by_the_lean_text_layer_Then_every_page_equals_PdfPigs()
    {
        HeadlessChromium.RequireInstalled();
        RequireHanFont();
        using var dir = new TempDir();
        var pdf = Path.Combine(dir.Path, "page.pdf");
        HeadlessChromium.Run(RepoPaths.Sample(Path.Combine("html", RepoPaths.SampleIds[2] + ".html")), "--no-pdf-header-footer", $"--print-to-pdf={pdf}");
        Assert.That(File.Exists(pdf), Is.True, "chromium printed no PDF");

        var equivalence = Lean.LeanEquivalence.Compare(File.ReadAllBytes(pdf), GovReportParser.Readers.Pdf.Lean.Fonts.LeanFonts.Load);

        Assert.That(equivalence.Pages, Is.GreaterThan(1));
        Assert.That(equivalence.Fallbacks, Is.Empty, "no page left to PdfPig");
        Assert.That(equivalence.Differences, Is.Empty);
        var report = ReportParser.Default.Parse(File.ReadAllBytes(pdf), "page.pdf");
        Assert.That(report.Metrics.Keys.Count(k => k.StartsWith("t3.", StringComparison.Ordinal)), Is.GreaterThan(100), "table 3 read from the printed page");
    }
}
