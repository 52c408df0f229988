using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// Each page in samples/html is its txt twin published as a web page, and each page in TestData/Html is one of them in
/// another shape a site serves (other charset, merged table cells): the reader must see the txt twin's text in all.
/// Lines are compared after folding white space (HTML rendering collapses it); tables row by row, cells joined by tabs
/// as the txt has them.
/// </summary>
public class HtmlSampleTwinTests
{
    public static IEnumerable<TestCaseData> Pages => TwinLines.Cases;

    [TestCaseSource(nameof(Pages))]
    public void Content_reads_as_the_txt_twin(string page, string id)
    {
        var html = TwinLines.Read(page);
        var txt = new TxtReader().Read(File.ReadAllBytes(RepoPaths.SampleTxt(id)), RepoPaths.SampleTxt(id));

        Assert.That(TwinLines.OfHtml(html), Is.EqualTo(TwinLines.OfTxt(txt)));
    }

    [TestCaseSource(nameof(Pages))]
    public void Source_says_html(string page, string id)
    {
        var document = TwinLines.Read(page);

        Assert.That(document.Source.Format, Is.EqualTo("html"));
        Assert.That(document.Source.Path, Is.EqualTo(page));
        Assert.That(document.Source.Sha256, Has.Length.EqualTo(64));
    }

    [TestCaseSource(nameof(Pages))]
    public void Line_numbers_increase_and_paragraphs_keep_a_gap(string page, string id)
    {
        var blocks = TwinLines.Read(page).Blocks;
        var content = blocks.Where(b => b.Kind is BlockKind.Line or BlockKind.Table).ToArray();

        Assert.That(blocks.Select(b => b.Source.Line), Is.Ordered.Ascending.And.Unique);
        // Every sample paragraph is its own <p>: rendered text has a blank line between them, as the txt has.
        Assert.That(content.Zip(content.Skip(1)).All(p => p.Second.Source.Line - (p.First.Source.EndLine ?? p.First.Source.Line) == 2));
    }
}
