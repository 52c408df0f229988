using System.IO.Compression;
using GovReportParser.Model;
using GovReportParser.Readers.Docx;
using GovReportParser.Tests.Hostile;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Docx;

/// <summary>
/// A .docx is a zip: a few megabytes can inflate to gigabytes. The reader holds each part to one limit, checked on the
/// declared size before inflating and on the bytes counted while inflating, and reads the XML as a stream.
/// </summary>
public class DocxLimitTests
{
    private const long GiB = 1024 * BoundedParse.MiB;

    [Test]
    public void Given_a_docx_declaring_1_GiB_of_XML_When_parsed_Then_it_is_refused_before_inflating()
    {
        var bomb = HostileDocx.Bomb(GiB);
        Assert.That(bomb.Length, Is.LessThan(16 * BoundedParse.MiB), "a small file");
        var outcome = BoundedParse.Run(bomb, "bomb.docx");
        Assert.That(outcome.Error, Does.StartWith("word/document.xml inflates to over 67,108,864 bytes"));
        Assert.That(outcome.AllocatedBytes, Is.LessThan(bomb.Length + 32 * BoundedParse.MiB), "nothing inflated");
    }

    [Test]
    public void Given_a_docx_whose_headers_understate_its_inflated_size_When_parsed_Then_it_is_refused_without_inflating_it()
    {
        var bomb = HostileDocx.LyingBomb(GiB, declaredBytes: 4096);
        var outcome = BoundedParse.Run(bomb, "liar.docx");
        Assert.That(outcome.Report, Is.Null);
        Assert.That(outcome.Error, Does.StartWith("word/document.xml inflates").Or.StartWith("damaged Word XML"),
            "the framework stops at the declared size (the XML ends early); the reader's count stops it at the limit otherwise");
        Assert.That(outcome.AllocatedBytes, Is.LessThan(bomb.Length + 32 * BoundedParse.MiB), "inflating stopped early, not at 1 GiB");
    }

    [Test]
    public void Given_a_stream_that_inflates_past_the_limit_When_read_Then_counting_stops_it_at_the_limit()
    {
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
            for (var i = 0; i < 2 * InflateLimit.MaxPartBytes / 65536; i++)
                deflate.Write(new byte[65536]);
        deflated.Position = 0;
        using var counted = InflateLimit.Counted(new DeflateStream(deflated, CompressionMode.Decompress), "word/document.xml");
        var error = Assert.Throws<InvalidInputException>(() => counted.CopyTo(Stream.Null))!;
        Assert.That(error.Message, Does.StartWith("word/document.xml inflates to over"));
        Assert.That(counted.Position, Is.LessThanOrEqualTo(InflateLimit.MaxPartBytes + 1024 * 1024), "stopped at the limit");
    }

    [Test]
    public void Given_100000_nested_runs_When_parsed_Then_the_text_is_read_in_linear_time()
    {
        var docx = HostileDocx.NestedRuns(100_000, "本年收到依申请公开信息五条。");
        var report = BoundedParse.Parsed(docx, "nested.docx");
        Assert.That(report.Metrics["t3.new_received.total"], Is.EqualTo(5m));
    }
}
