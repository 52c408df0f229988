using System.Text;
using AngleSharp.Html.Parser;
using GovReportParser.Panel;
using GovReportParser.Summaries;
using GovReportParser.Tests.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Summaries;

/// <summary>The summary of the samples-and-corpus batch opened in a real browser (headless Chromium).</summary>
public class SummaryBrowserTests
{
    [Test]
    public void Given_the_samples_and_corpus_batch_When_its_summary_is_opened_in_chromium_Then_no_console_errors_and_the_DOM_holds_the_counts_and_failed_checks()
    {
        HeadlessChromium.RequireInstalled();
        var corpus = Path.GetDirectoryName(SharedCorpus.File("corpus/raw/001.pdf"))!;
        using var input = new TempDir();
        using var output = new TempDir();
        CopyFolder(RepoPaths.Samples, input.File("samples"));
        CopyFolder(corpus, input.File("corpus"));
        var batch = CliRun.Of("batch", input.Path, "--out", output.Path, "-q", "--summary");
        Assert.That(batch.Out, Does.Contain("summary → "), batch.Error);
        var page = output.File(SummaryPage.FileName);

        var (dom, log) = HeadlessChromium.Run(page, "--enable-logging=stderr", "--v=0", "--dump-dom");

        var consoleLines = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("net::ERR", StringComparison.Ordinal)
            || l.Contains("Uncaught", StringComparison.Ordinal)).ToArray();
        Assert.That(consoleLines, Is.Empty, "the page logs nothing and loads nothing");
        var document = new HtmlParser().ParseDocument(dom);
        var reports = Directory.GetFiles(output.Path, "*.json", SearchOption.AllDirectories).Length;
        Assert.That(document.QuerySelector("[data-status=parsed] [data-count]")?.TextContent, Is.EqualTo(reports.ToString()));
        Assert.That(document.QuerySelector("[data-status=failed] [data-count]")?.TextContent, Is.EqualTo("0"));
        var failedChecks = CsvFile.Read(output.File("checks.csv")).Where(r => r["ok"] == "false").ToArray();
        Assert.That(failedChecks, Is.Not.Empty, "the corpus holds reports that fail checks as published");
        var rows = document.QuerySelectorAll("tr.failed-check").Select(r => r.GetAttribute("data-rule")).Order(StringComparer.Ordinal).ToArray();
        Assert.That(rows, Is.EqualTo(failedChecks.Select(r => r["rule"]).Order(StringComparer.Ordinal).ToArray()));
        Assert.That(document.QuerySelectorAll("figure.agency svg.chart"), Has.Length.EqualTo(
            PanelGroups.Group(BatchFolder.Read(output.Path).Reports).Count(s => s.Years.Count > 1) * PanelKeys.Headline.Count));

        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "summary-screenshot.png");
        File.Delete(screenshot);
        HeadlessChromium.Run(page, "--window-size=1280,1800", "--hide-scrollbars", $"--screenshot={screenshot}");
        Assert.That(File.ReadAllBytes(screenshot).Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        TestContext.AddTestAttachment(screenshot, "the summary as Chromium renders it");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
