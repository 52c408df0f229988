using GovReportParser.Model;
using GovReportParser.Readers.Html;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>Files that are not readable pages are refused with a one-line reason, never read as garbage.</summary>
public class HtmlInvalidInputTests
{
    [Test]
    public void A_pdf_saved_as_html_is_refused_as_binary()
    {
        var pdf = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pdf"), "*.pdf").Order().First();

        var e = Assert.Throws<InvalidInputException>(() => new HtmlReader().Read(File.ReadAllBytes(pdf), "report.html"));
        Assert.That(e!.Message, Does.StartWith("binary file (PDF)"));
    }

    [Test]
    public void A_page_with_only_scripts_and_chrome_has_no_text()
    {
        var page = "<html><head><script>var x = '年度报告';</script></head><body><div class=\"nav\">首页</div><style>p{}</style></body></html>"u8.ToArray();

        var e = Assert.Throws<InvalidInputException>(() => new HtmlReader().Read(page, "page.html"));
        Assert.That(e!.Message, Is.EqualTo("no text in the HTML page"));
    }
}
