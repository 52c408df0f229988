using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers;

/// <summary>Agencies' downloads come in every encoding: each re-encoding of a sample must decode to the sample's text.</summary>
public class EncodingDetectorTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [OneTimeSetUp]
    public void Register() => EncodingSetup.Register();

    private static string SampleText(string id) => File.ReadAllText(RepoPaths.SampleTxt(id), StrictUtf8);

    private static Encoding Strict(string name) => Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    [TestCase("000_", "GBK", "gb18030")]
    [TestCase("002_", "GBK", "gb18030")]
    [TestCase("001_", "GB18030", "gb18030")]
    [TestCase("003_", "GB18030", "gb18030")]
    public void Given_a_simplified_sample_in_a_legacy_encoding_When_decoded_Then_it_reads_as_the_original(string id, string encoding, string expectedName)
    {
        var text = SampleText(id);
        var decoded = EncodingDetector.Decode(Strict(encoding).GetBytes(text));
        Assert.That(decoded.Encoding, Is.EqualTo(expectedName));
        Assert.That(decoded.Text, Is.EqualTo(text));
    }

    [Test]
    public void Given_the_traditional_sample_in_Big5_When_decoded_Then_it_is_detected_as_Big5()
    {
        // Sample 004's pinyin debris (fā) has no Big5 code; those letters become '?' on the way in, as in real Big5 copies.
        var big5 = Encoding.GetEncoding("big5", new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
        var bytes = big5.GetBytes(SampleText("004_"));
        var decoded = EncodingDetector.Decode(bytes);
        Assert.That(decoded.Encoding, Is.EqualTo("big5"));
        Assert.That(decoded.Text, Is.EqualTo(big5.GetString(bytes)));
        Assert.That(decoded.Text, Does.Contain("宣城市教育體育局"));
    }

    [TestCase(false, true, "utf-16le")]
    [TestCase(true, true, "utf-16be")]
    [TestCase(false, false, "utf-16le")]
    [TestCase(true, false, "utf-16be")]
    public void Given_a_sample_in_UTF16_with_or_without_BOM_When_decoded_Then_byte_order_is_found(bool bigEndian, bool bom, string expected)
    {
        var text = SampleText("002_");
        var encoding = new UnicodeEncoding(bigEndian, bom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var decoded = EncodingDetector.Decode(bytes);
        Assert.That(decoded.Encoding, Is.EqualTo(expected));
        Assert.That(decoded.Text, Is.EqualTo(text));
    }

    [Test]
    public void Given_UTF8_with_and_without_BOM_When_decoded_Then_both_are_utf8()
    {
        var text = SampleText("001_");
        Assert.That(EncodingDetector.Decode(Encoding.UTF8.GetBytes(text)).Encoding, Is.EqualTo("utf-8"));
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        Assert.That(EncodingDetector.Decode(withBom).Text, Is.EqualTo(text));
    }

    [Test]
    public void Given_an_empty_file_When_decoded_Then_the_reason_is_empty_file()
    {
        var e = Assert.Throws<InvalidInputException>(() => EncodingDetector.Decode([]));
        Assert.That(e!.Message, Is.EqualTo("empty file"));
    }

    [Test]
    public void Given_a_PDF_or_random_bytes_When_decoded_Then_they_are_refused_as_binary()
    {
        var pdf = File.ReadAllBytes(Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pdf"), "*.pdf")[0]);
        Assert.That(Assert.Throws<InvalidInputException>(() => EncodingDetector.Decode(pdf))!.Message, Does.Contain("binary file (PDF)"));

        var random = new byte[4096];
        new Random(7).NextBytes(random);
        Assert.That(Assert.Throws<InvalidInputException>(() => EncodingDetector.Decode(random))!.Message, Does.Contain("binary or undecodable"));
    }
}
