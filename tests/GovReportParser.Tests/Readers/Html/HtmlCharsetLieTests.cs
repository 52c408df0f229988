using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Readers.Html;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// A single-byte charset accepts any bytes, so a GBK page declaring one would parse to mojibake without a complaint.
/// Such a declaration is believed only when the bytes do not read as Chinese text.
/// </summary>
public class HtmlCharsetLieTests
{
    private const string Paragraph = "本年度共收到政府信息公开申请十二件，均已按时答复。";

    private static byte[] Page(string declared, string body, Encoding encoding)
    {
        EncodingSetup.Register();
        return encoding.GetBytes(
            $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={declared}\"><title>年度报告</title></head>" +
            $"<body><div id=\"zoom\"><p>{body}</p></div></body></html>");
    }

    private static string Text(Document document) => string.Join("\n", document.Blocks.Where(b => b.Kind == BlockKind.Line).Select(b => b.Text));

    [TestCase("iso-8859-1")]
    [TestCase("windows-1252")]
    [TestCase("latin1")]
    [TestCase("us-ascii")]
    public void Given_a_GBK_page_declaring_a_single_byte_charset_When_read_Then_it_is_read_as_GB18030(string declared)
    {
        var document = new HtmlReader().Read(Page(declared, Paragraph, Encoding.GetEncoding("GB18030")), "lie.html");
        Assert.That(document.Source.Encoding, Is.EqualTo("gb18030"));
        Assert.That(Text(document), Does.Contain(Paragraph));
    }

    [Test]
    public void Given_a_Latin_page_declaring_iso_8859_1_When_read_Then_the_declaration_is_believed()
    {
        const string french = "Rapport annuel : la société a reçu douze requêtes, toutes traitées à temps. Élève, café, naïve.";
        var document = new HtmlReader().Read(Page("iso-8859-1", french, Encoding.Latin1), "latin.html");
        Assert.That(document.Source.Encoding, Is.EqualTo("iso-8859-1"));
        Assert.That(Text(document), Does.Contain(french));
    }

    [Test]
    public void Given_a_GB18030_page_declaring_gbk_When_read_Then_the_declaration_is_still_believed()
    {
        var document = new HtmlReader().Read(Page("gbk", Paragraph, Encoding.GetEncoding("GB18030")), "gbk.html");
        Assert.That(document.Source.Encoding, Is.EqualTo("gb18030"));
        Assert.That(Text(document), Does.Contain(Paragraph));
    }
}
