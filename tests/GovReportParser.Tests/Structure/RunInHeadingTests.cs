using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Readers;
using GovReportParser.Structure;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Web pages whose paragraphs ran together: the whole report on one line, headings inside it.</summary>
public class RunInHeadingTests
{
    private static StructuredDocument StructureOf(string path)
    {
        var diagnostics = new Diagnostics();
        return new DefaultStructureBuilder().Build(ReportParser.Default.ReadNormalised(path, diagnostics), diagnostics);
    }

    [Test]
    public void Given_sample_000_flattened_to_one_line_When_structured_Then_its_seven_top_headings_are_found()
    {
        // What a scraper that turns paragraph breaks into spaces makes of sample 000.
        var flat = string.Join(" ", File.ReadAllLines(RepoPaths.SampleTxt("000_")).Where(l => l.Length > 0));
        var document = new Document(new SourceInfo("flat.txt", "txt", "utf-8", ""), [Block.FromLine(flat, 1)]);
        var structured = new DefaultStructureBuilder().Build(document, new Diagnostics());
        Assert.That(structured.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "一、组织领导得到进一步加强", "二、工作制度得到进一步完善", "三、主动公开政府信息情况", "四、依申请公开政府信息情况",
            "五、政府信息公开申请行政复议、提起行政诉讼的情况", "六、存在的主要问题", "七、2020年总体打算",
        }));
        Assert.That(structured.Sections[6].Text, Does.StartWith("（一）深入学习，增强公开意识。"));
    }

    [Test]
    public void Given_corpus_007_with_tables_run_together_When_structured_Then_table_rows_are_not_headings()
    {
        var structured = StructureOf(SharedCorpus.File("corpus/raw/007.txt"));
        Assert.That(structured.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        }));
        Assert.That(structured.Metadata.Title, Is.EqualTo("平潭综合实验区2019年政府信息公开工作年度报告"));
        Assert.That(structured.Metadata.Template, Is.EqualTo("2019"));
    }

    [Test]
    public void Given_corpus_005_When_structured_Then_headings_end_at_the_word_that_closes_them()
    {
        var structured = StructureOf(SharedCorpus.File("corpus/raw/005.txt"));
        Assert.That(structured.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开工作情况", "四、政府信息公开工作存在的主要问题及改进情况",
        }));
        Assert.That(structured.Sections[3].Text, Does.StartWith("目前，我县在政府信息公开工作的开展中"));
        Assert.That(structured.Metadata.Agency, Is.EqualTo("平潭县人民政府"));
    }

    [Test]
    public void Given_corpus_008_without_a_title_When_structured_Then_the_year_comes_from_the_statistics_period()
    {
        var structured = StructureOf(SharedCorpus.File("corpus/raw/008.txt"));
        Assert.That(structured.Metadata.Title, Is.Null);
        Assert.That(structured.Metadata.Year, Is.EqualTo(2022));
        Assert.That(structured.Sections[3].Heading, Is.EqualTo("四、政府信息公开行政法复议、行政诉讼情况"));
        Assert.That(structured.Sections[3].Canonical, Is.EqualTo("review_litigation"));
    }
}
