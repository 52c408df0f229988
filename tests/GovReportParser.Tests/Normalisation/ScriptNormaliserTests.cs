using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class ScriptNormaliserTests
{
    private static IEnumerable<string> SimplifiedSamples => RepoPaths.SampleIds.Where(id => !id.StartsWith("004", StringComparison.Ordinal));

    [TestCaseSource(nameof(SimplifiedSamples))]
    public void Simplified_samples_pass_through_unchanged(string id)
    {
        var document = SampleDocuments.Read(id);

        var normalised = ScriptNormaliser.Default.Normalise(document, new Diagnostics());

        Assert.That(normalised.Script, Is.EqualTo("simplified"));
        Assert.That(normalised.Blocks.Select(b => b.Text), Is.EqualTo(document.Blocks.Select(b => b.Text)));
    }

    [Test]
    public void Sample_004_is_traditional_and_comes_out_simplified()
    {
        var document = ConversionDebrisNormaliser.Default.Normalise(SampleDocuments.Read("004"), new Diagnostics());

        var normalised = ScriptNormaliser.Default.Normalise(document, new Diagnostics());

        Assert.That(normalised.Script, Is.EqualTo("traditional"));
        Assert.That(normalised.Line(2).Text, Does.StartWith("发布机构 宣城市教育体育局 发文日期"));
        Assert.That(normalised.Line(2).Original, Does.StartWith("發(fā)布機(jī)構(gòu) 宣城市教育體育局"));
        Assert.That(ScriptDetector.Default.Detect(normalised), Is.EqualTo("simplified"));
    }

    [Test]
    public void The_traditional_fixture_is_detected_as_traditional_and_its_opencc_output_as_simplified()
    {
        var traditional = File.ReadAllLines(RepoPaths.TestData("Normalisation/t2s-input.txt")).Take(200);
        var simplified = File.ReadAllLines(RepoPaths.TestData("Normalisation/t2s-opencc.txt")).Take(200);

        Assert.That(ScriptDetector.Default.Detect(traditional), Is.EqualTo("traditional"));
        Assert.That(ScriptDetector.Default.Detect(simplified), Is.EqualTo("simplified"));
    }

    [Test]
    public void A_few_traditional_characters_in_simplified_text_do_not_make_it_traditional()
    {
        var lines = File.ReadAllLines(RepoPaths.SampleTxt("000")).Append("乾隆年間的後記");

        Assert.That(ScriptDetector.Default.Detect(lines), Is.EqualTo("simplified"));
    }

    [Test]
    public void A_traditional_document_has_its_container_title_and_metadata_converted_too()
    {
        var source = SampleDocuments.Read("004");
        var document = ConversionDebrisNormaliser.Default.Normalise(source, new Diagnostics()) with
        {
            TitleHint = "宣城市教體局2023年度政務公開工作總結",
            ContainerMetadata = new Dictionary<string, string> { ["ContentSource"] = "宣城市教育體育局" },
        };

        var normalised = ScriptNormaliser.Default.Normalise(document, new Diagnostics());

        Assert.That(normalised.TitleHint, Is.EqualTo("宣城市教体局2023年度政务公开工作总结"));
        Assert.That(normalised.ContainerMetadata["ContentSource"], Is.EqualTo("宣城市教育体育局"));
    }
}
