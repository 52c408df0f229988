using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// Sample 004 carries the 信息公开 block flattened into paragraphs (as its txt twin has it); 004_site_table,
/// 004_site_table_above (outside the editor area) and 004_site_list give the same block as the table and the list
/// real sites use. All must yield the same site metadata; only the structured forms become Metadata blocks, the
/// paragraphs stay lines like the txt's.
/// </summary>
public class HtmlSiteMetadataTests
{
    private static string Sample004 => TwinLines.SamplePage(RepoPaths.SampleIds[4]);

    [Test]
    public void Flattened_block_gives_pairs_under_simplified_keys()
    {
        var metadata = TwinLines.Read(Sample004).ContainerMetadata;

        Assert.That(metadata["索引号"], Is.EqualTo("113417000032447564/202312-00103"));
        Assert.That(metadata["发布机构"], Is.EqualTo("宣城市教育體育局"));
        Assert.That(metadata["发文日期"], Is.EqualTo("2023-12-15 10:06"));
        Assert.That(metadata["主题导航"], Is.EqualTo("綜合政務(wù)"));
        Assert.That(metadata.ContainsKey("发布文号"), Is.False, "the label is printed with no value");
    }

    [Test]
    public void Flattened_block_stays_as_lines_like_the_txt_twin()
    {
        var document = TwinLines.Read(Sample004);
        var txt = File.ReadAllLines(RepoPaths.SampleTxt(RepoPaths.SampleIds[4]));

        Assert.That(document.Blocks.Any(b => b.Kind == BlockKind.Metadata), Is.False);
        Assert.That(document.Blocks.First(b => b.Kind == BlockKind.Line).Text, Is.EqualTo(txt[0].Trim()));
    }

    [TestCase("004_site_table.html")]
    [TestCase("004_site_table_above.html")]
    [TestCase("004_site_list.html")]
    public void Structured_block_gives_the_same_metadata(string variant)
    {
        var flattened = TwinLines.Read(Sample004);
        var structured = TwinLines.Read(RepoPaths.TestData("Html/" + variant));

        Assert.That(structured.ContainerMetadata, Is.EqualTo(flattened.ContainerMetadata));
    }

    [TestCase("004_site_table.html")]
    [TestCase("004_site_table_above.html")]
    [TestCase("004_site_list.html")]
    public void Structured_block_becomes_metadata_blocks_not_content(string variant)
    {
        var flattened = TwinLines.Read(Sample004);
        var structured = TwinLines.Read(RepoPaths.TestData("Html/" + variant));
        var metadataBlocks = structured.Blocks.Where(b => b.Kind == BlockKind.Metadata).ToArray();
        var siteLines = flattened.Blocks.Where(b => b.Kind == BlockKind.Line).Take(5).Select(b => b.Text);

        Assert.That(metadataBlocks.Select(b => b.Rows![0][1]), Is.EqualTo(structured.ContainerMetadata.Values));
        Assert.That(metadataBlocks[0].Rows![0], Is.EqualTo(new[] { "索引號", "113417000032447564/202312-00103" }));
        Assert.That(TwinLines.OfHtml(structured), Is.EqualTo(TwinLines.OfHtml(flattened).Skip(5)));
        Assert.That(structured.Blocks.Where(b => b.Kind == BlockKind.Line).Select(b => b.Text), Has.None.AnyOf(siteLines));
    }
}
