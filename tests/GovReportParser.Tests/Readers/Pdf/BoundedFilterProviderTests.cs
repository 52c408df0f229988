using System.IO.Compression;
using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers.Pdf;
using NUnit.Framework;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Tests.Readers.Pdf;

public class BoundedFilterProviderTests
{
    /// <summary>A font stream (it has /Length1), so that the per-stream allowance applies rather than a page's.</summary>
    private static readonly DictionaryToken FontStream = new(new Dictionary<NameToken, IToken>
    {
        [NameToken.Filter] = NameToken.FlateDecode,
        [NameToken.Length1] = new NumericToken(1),
    });

    private static readonly DictionaryToken ContentStream = new(new Dictionary<NameToken, IToken>
    {
        [NameToken.Filter] = NameToken.FlateDecode,
    });

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
            zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Decode(byte[] compressed, DictionaryToken dictionary)
    {
        var provider = new BoundedFilterProvider(new DecodeBudget());
        var flate = provider.GetFilters(dictionary).Single();
        return flate.Decode(compressed, dictionary, provider, 0).ToArray();
    }

    [TestCase(0, TestName = "an empty stream")]
    [TestCase(10, TestName = "a few bytes")]
    [TestCase(300_000, TestName = "many times the first buffer (it grows)")]
    public void A_stream_inflates_to_exactly_its_bytes(int lines)
    {
        // Repetitive made-up text compresses far better than the first buffer's guess of four times the input.
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
            text.Append("BT /F1 12 Tf 72 ").Append(i % 700).Append(" Td (line ").Append(i).Append(") Tj ET\n");
        var data = Encoding.ASCII.GetBytes(text.ToString());
        Assert.That(Decode(Zlib(data), FontStream), Is.EqualTo(data));
    }

    [Test]
    public void A_page_content_stream_over_its_allowance_is_refused_while_inflating()
    {
        var bomb = Zlib(new byte[(int)PdfLimits.MaxContentBytesPerPage + 1]);
        var refusal = Assert.Throws<InvalidInputException>(() => Decode(bomb, ContentStream));
        Assert.That(refusal!.Message, Does.Contain("a page's content decodes to more than"));
    }
}
