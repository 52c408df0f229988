using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

/// <summary>The registered steps together, as `govreport normalize` runs them.</summary>
public class NormalisationPipelineTests
{
    [Test]
    public void Sample_004_reads_as_clean_simplified_text_with_its_lost_characters_warned()
    {
        var diagnostics = new Diagnostics();

        var document = ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt("004"), diagnostics);

        var text = document.AllText();
        Assert.That(document.Script, Is.EqualTo("traditional"));
        Assert.That(document.Blocks.Select(b => b.Text), Does.Contain("发布机构 宣城市教育体育局 发文日期 2023-12-15 10:06"));
        Assert.That(document.Blocks.Select(b => b.Text), Does.Contain("一、领导重视,扎实推进政务公开工作"));
        Assert.That(document.Blocks.Select(b => b.Text), Does.Contain("宣城市教体局2023年度政务公开工作总结"));
        Assert.That(text, Does.Not.Match(@"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]"));
        Assert.That(text, Does.Not.Contain("?"));
        Assert.That(Regex.Matches(text, "[發機構關規務會體護監學]"), Is.Empty, "no traditional-only characters left");
        Assert.That(diagnostics.Warnings.Select(w => w.Line), Is.EqualTo(new int?[] { 9, 25 }));
    }

    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Every_changed_block_keeps_its_original(string id)
    {
        var raw = SampleDocuments.Read(id);

        var document = ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt(id), new Diagnostics());

        var originals = raw.Blocks.ToDictionary(b => b.Source.Line, b => b.Original);
        foreach (var block in document.Blocks)
        {
            var lines = Enumerable.Range(block.Source.Line, (block.Source.EndLine ?? block.Source.Line) - block.Source.Line + 1);
            Assert.That(block.Original, Is.EqualTo(string.Join("\n", lines.Where(originals.ContainsKey).Select(l => originals[l]))));
        }
    }
}
