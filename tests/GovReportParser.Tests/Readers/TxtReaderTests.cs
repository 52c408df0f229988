using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers;

public class TxtReaderTests
{
    [Test]
    public void Given_sample_001_When_read_Then_each_non_blank_line_is_a_block_with_its_line_number_and_original_text()
    {
        var path = RepoPaths.SampleTxt("001_");
        var document = new TxtReader().Read(File.ReadAllBytes(path), path);
        Assert.That(document.Source.Format, Is.EqualTo("txt"));
        Assert.That(document.Source.Encoding, Is.EqualTo("utf-8"));
        Assert.That(document.Source.Sha256, Has.Length.EqualTo(64));
        var first = document.Blocks[0];
        Assert.That((first.Text, first.Source.Line, first.Kind), Is.EqualTo(("孝感市教育局", 3, BlockKind.Line)));
        // the sentence broken by a page break: both halves are kept as read, on their own lines
        var broken = document.Blocks.Single(b => b.Text.EndsWith("市教育局主", StringComparison.Ordinal));
        var next = document.Blocks[document.Blocks.ToList().IndexOf(broken) + 1];
        Assert.That(next.Text, Does.StartWith("动公开政府信息近 3000 条"));
        Assert.That(next.Source.Line, Is.EqualTo(broken.Source.Line + 2));
        Assert.That(document.Blocks.All(b => b.Original == b.Text), Is.True);
    }

    [Test]
    public void Given_sample_001_with_its_page_break_as_pdftotext_writes_it_When_read_Then_blocks_carry_page_numbers()
    {
        var text = File.ReadAllText(RepoPaths.SampleTxt("001_")).Replace("\n\n动公开政府信息", "\n\f动公开政府信息");
        var document = new TxtReader().Read(System.Text.Encoding.UTF8.GetBytes(text), "001.txt");
        var secondPage = document.Blocks.First(b => b.Text.StartsWith("动公开政府信息", StringComparison.Ordinal));
        Assert.That(secondPage.Source.Page, Is.EqualTo(2));
        Assert.That(document.Blocks[0].Source.Page, Is.EqualTo(1));
        Assert.That(secondPage.Text, Does.Not.Contain('\f'));
    }
}
