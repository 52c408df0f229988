using GovReportParser.Model;
using GovReportParser.Structure;
using NUnit.Framework;

namespace GovReportParser.Tests.Structure;

/// <summary>Made-up lines of the shapes issue 12 found: what is a title, and which body a report names as its own.</summary>
public class TitleAndAgencyTests
{
    [TestCase("当前位置：首页 > 政务公开 > 政府信息公开年报")]
    [TestCase("首页政务公开政府信息公开政府信息公开年报")]
    [TestCase("【字体：大 中 小】打印 2021年政府信息公开工作年度报告")]
    [TestCase("现将我局2021年度政府信息公开工作报告如下：")]
    [TestCase("根据条例要求，现予公布2020年政府信息公开工作年度报告")]
    [TestCase("某某县人民政府2012年政府信息公开工作年度报告本报告主要")]
    public void Given_chrome_or_a_sentence_When_read_as_a_title_Then_it_is_none(string line) =>
        Assert.That(TitleFinder.AsTitle(line), Is.Null);

    [TestCase("政府信息公开年报", null)]
    [TestCase("政府信息公开工作年度报告", null)]
    [TestCase("某某区2022年政府信息公开工作年度报告", "某某区2022年政府信息公开工作年度报告")]
    [TestCase("某某镇人民政府政府信息公开工作年度报告", "某某镇人民政府政府信息公开工作年度报告")]
    public void Given_a_container_title_When_read_Then_a_generic_one_is_no_title(string hint, string? title) =>
        Assert.That(TitleFinder.AsHintedTitle(hint), Is.EqualTo(title));

    [TestCase("# 某某市2022年政府信息公开工作年度报告", "某某市2022年政府信息公开工作年度报告")]
    [TestCase("**某某县教育局2019年政府信息公开工作年度报告**", "某某县教育局2019年政府信息公开工作年度报告")]
    public void Given_a_title_with_markup_When_read_Then_the_marks_are_dropped(string line, string title) =>
        Assert.That(TitleFinder.AsTitle(line), Is.EqualTo(title));

    [TestCase("某某市2019年", "政府信息公开工作年度报告", "某某市2019年政府信息公开工作年度报告")]
    [TestCase("某某市人民政府2016年政府信息", "公开工作年度报告", "某某市人民政府2016年政府信息公开工作年度报告")]
    [TestCase("2017年1月20日", "政府信息公开工作年度报告", "政府信息公开工作年度报告")]
    [TestCase("当前位置：首页 > 2019年", "政府信息公开工作年度报告", "政府信息公开工作年度报告")]
    public void Given_a_title_split_over_two_lines_When_found_Then_the_line_holding_its_year_joins_it(string first, string second, string title) =>
        Assert.That(TitleFinder.Find([Block.FromLine(first, 1), Block.FromLine(second, 2)])?.Title, Is.EqualTo(title));

    [TestCase("某某市2022年政府信息公开工作年度报告", "某某市")]
    [TestCase("某某市某某区2020年政府信息公开工作年度报告", "某某市某某区")]
    [TestCase("某某县交通运输局2019年度政府信息公开工作年度报告", "某某县交通运输局")]
    [TestCase("某某镇人民政府政府信息公开工作年度报告", "某某镇人民政府")]
    [TestCase("2012年度市教育局政府信息公开总结", null)]
    public void Given_a_title_When_its_agency_is_read_Then_a_place_alone_is_the_agency(string title, string? agency) =>
        Assert.That(AgencyReader.FromTitle(title), Is.EqualTo(agency));

    [TestCase("本报告由某某市人民政府办公室根据《中华人民共和国政府信息公开条例》编制。", "某某市人民政府")]
    [TestCase("本报告由某某县发展和改革局编制，所列数据统计期限为2020年1月1日至12月31日。", "某某县发展和改革局")]
    [TestCase("本报告汇总某某区各有关单位政府信息公开工作情况编制而成。", "某某区")]
    [TestCase("某某市审计局2019年政府信息公开工作年度报告根据《条例》要求编制而成。", "某某市审计局")]
    [TestCase("全市2019年政府信息公开工作稳步推进。", null)]
    [TestCase("现将我局2021年度政府信息公开工作报告如下：", null)]
    [TestCase("区管委会办公室编制完成了本报告。", null)]
    [TestCase("本报告由区管委会办公室编制。", null)]
    public void Given_a_first_sentence_When_its_agency_is_read_Then_only_a_full_name_is_taken(string sentence, string? agency) =>
        Assert.That(AgencyReader.FromSentences([sentence]), Is.EqualTo(agency));

    // Made-up names: a town or township gives its region as a district or county does; 乡 and 镇 inside a subject do not.
    [TestCase("某某市某某区人民政府", "某某市某某区")]
    [TestCase("某某县某某镇人民政府", "某某县某某镇")]
    [TestCase("某某县某某乡人民政府", "某某县某某乡")]
    [TestCase("某某市某某县某某族乡", "某某市某某县某某族乡")]
    [TestCase("某某镇人民政府", "某某镇")]
    [TestCase("某某市住房和城乡建设局", "某某市")]
    [TestCase("某某县乡镇企业局", "某某县")]
    [TestCase("某某县城镇人民政府", "某某县")]
    [TestCase("某某县某某镇财政所", "某某县")]
    [TestCase("市教育局", null)]
    public void Given_an_agency_When_its_region_is_read_Then_it_is_the_places_the_name_starts_with(string agency, string? region) =>
        Assert.That(AgencyReader.Region(agency), Is.EqualTo(region));

    [TestCase("某某县某某镇", true)]
    [TestCase("城乡", false)]
    [TestCase("乡镇", false)]
    [TestCase("某某县某某镇财政所", false)]
    public void Given_a_name_When_asked_whether_it_is_a_place_Then_a_town_is_one(string name, bool place) =>
        Assert.That(AgencyReader.IsPlaceName(name), Is.EqualTo(place));

    [Test]
    public void Given_我局_and_one_name_line_ending_in_局_When_resolved_Then_that_name_is_the_agency()
    {
        string[] sentences = ["2020年，我局认真贯彻落实《条例》要求。"];
        Assert.That(AgencyReader.ResolveSelfReference(sentences, ["某某市统计局", "2021年1月20日"]), Is.EqualTo("某某市统计局"));
        Assert.That(AgencyReader.ResolveSelfReference(sentences, ["某某市统计局", "某某市财政局"]), Is.Null, "two candidates: none");
        Assert.That(AgencyReader.ResolveSelfReference(sentences, ["某某市人民政府"]), Is.Null, "我局 is no 人民政府");
        Assert.That(AgencyReader.ResolveSelfReference(["2020年，全市认真贯彻落实《条例》要求。"], ["某某市统计局"]), Is.Null);
    }

    private static string? TitleOf(params string[] lines) =>
        TitleFinder.Find(lines.Select((l, i) => Block.FromLine(l, i + 1)).ToArray())?.Title;

    [Test]
    public void Given_a_generic_title_before_a_specific_one_When_found_Then_the_specific_one_is_the_title() =>
        Assert.That(TitleOf("首页", "政府信息公开年报", "某某区2020年政府信息公开工作年度报告"), Is.EqualTo("某某区2020年政府信息公开工作年度报告"));

    [Test]
    public void Given_a_page_heading_and_the_bodys_own_title_When_found_Then_the_bodys_title_is_taken() =>
        Assert.That(TitleOf("某某区2020年度政府信息公开工作年度报告", "来源：某某区人民政府 时间：2021-01-20", "某某区2020年", "政府信息公开工作年度报告"),
            Is.EqualTo("某某区2020年政府信息公开工作年度报告"));

    [Test]
    public void Given_titles_of_other_years_after_the_title_When_found_Then_the_first_is_kept() =>
        Assert.That(TitleOf("某某区2020年政府信息公开工作年度报告", "相关文章", "某某区2019年政府信息公开工作年度报告", "某某区2018年政府信息公开工作年度报告"),
            Is.EqualTo("某某区2020年政府信息公开工作年度报告"));

    [TestCase("某某市2019年政府信息公开工作年度报告（全文）")]
    [TestCase("政府信息公开工作年度报告格式模板")]
    [TestCase("某某区2021年政府信息公开工作年度报告全文")]
    public void Given_a_title_with_a_note_or_a_copy_word_after_it_When_read_Then_it_is_a_title(string line) =>
        Assert.That(TitleFinder.AsTitle(line), Is.EqualTo(line));
}
