using GovReportParser.Model;
using GovReportParser.Readers.Html;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>Which charset the reader settles on for each way a page can declare (or fail to declare) it.</summary>
public class HtmlCharsetTests
{
    [TestCase("000_gbk_undeclared.html", "gb18030", TestName = "GBK without any declaration is detected from the bytes")]
    [TestCase("004_gbk_undeclared.html", "gb18030", TestName = "GBK traditional text with pinyin debris is still GBK, not Big5")]
    [TestCase("000_gb2312_http_equiv.html", "gb18030", TestName = "http-equiv gb2312 resolves to GB18030 (WHATWG label table)")]
    [TestCase("003_gbk_declared_utf8.html", "gb18030", TestName = "A utf-8 declaration the bytes break is not believed")]
    [TestCase("001_bom_utf8_declared_gbk.html", "utf-8", TestName = "A BOM outranks a stale meta declaration")]
    public void Encoding_recorded(string variant, string expected)
    {
        var document = TwinLines.Read(RepoPaths.TestData("Html/" + variant));

        Assert.That(document.Source.Encoding, Is.EqualTo(expected));
    }

    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Declared_utf8_samples_are_read_as_utf8(string id)
    {
        Assert.That(TwinLines.Read(TwinLines.SamplePage(id)).Source.Encoding, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Undeclared_gbk_gives_the_same_blocks_as_the_declared_utf8_page()
    {
        var utf8 = TwinLines.Read(TwinLines.SamplePage(RepoPaths.SampleIds[4]));
        var gbk = TwinLines.Read(RepoPaths.TestData("Html/004_gbk_undeclared.html"));

        Assert.That(gbk.Blocks.Select(b => (b.Kind, b.Text, b.Source.Line)), Is.EqualTo(utf8.Blocks.Select(b => (b.Kind, b.Text, b.Source.Line))));
        Assert.That(gbk.ContainerMetadata, Is.EqualTo(utf8.ContainerMetadata));
        Assert.That(gbk.TitleHint, Is.EqualTo(utf8.TitleHint));
    }

    [Test]
    public void A_meta_declaration_is_found_in_either_form()
    {
        var httpEquiv = File.ReadAllBytes(RepoPaths.TestData("Html/000_gb2312_http_equiv.html"));
        var charset = File.ReadAllBytes(TwinLines.SamplePage(RepoPaths.SampleIds[0]));

        Assert.That(HtmlCharset.Declared(httpEquiv)?.WebName, Is.EqualTo("GB18030").IgnoreCase);
        Assert.That(HtmlCharset.Declared(charset)?.WebName, Is.EqualTo("utf-8"));
        Assert.That(HtmlCharset.Declared(File.ReadAllBytes(RepoPaths.TestData("Html/000_gbk_undeclared.html"))), Is.Null);
    }

    [Test]
    public void Empty_page_is_refused_with_the_reason()
    {
        var e = Assert.Throws<InvalidInputException>(() => new HtmlReader().Read([], "empty.html"));
        Assert.That(e!.Message, Is.EqualTo("empty file"));
    }
}
