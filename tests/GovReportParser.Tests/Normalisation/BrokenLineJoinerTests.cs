using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class BrokenLineJoinerTests
{
    [Test]
    public void Sample_001_page_break_inside_a_sentence_is_joined()
    {
        var source = SampleDocuments.Read("001");
        var first = source.Blocks.Single(b => b.Text.EndsWith("市教育局主", StringComparison.Ordinal));
        var second = source.Blocks.Single(b => b.Text.StartsWith("动公开政府信息", StringComparison.Ordinal));

        var joined = BrokenLineJoiner.Default.Normalise(source, new Diagnostics()).Line(first.Source.Line);

        Assert.That(joined.Text, Is.EqualTo(first.Text + second.Text));
        Assert.That(joined.Original, Is.EqualTo(first.Original + "\n" + second.Original));
        Assert.That(joined.Source, Is.EqualTo(first.Source with { EndLine = second.Source.Line }));
    }

    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Headings_and_table_rows_are_never_joined(string id)
    {
        var source = SampleDocuments.Read(id);

        var joined = BrokenLineJoiner.Default.Normalise(source, new Diagnostics());

        var kept = source.Blocks.Where(b => b.Text.Contains('\t') || LineShape.IsHeading(b.Text)).ToArray();
        Assert.That(kept, Is.Not.Empty);
        Assert.That(kept, Is.SubsetOf(joined.Blocks));
    }

    /// <summary>What `govreport normalize` must show: no prose block that stops mid-sentence before more prose.</summary>
    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Normalised_samples_have_no_sentence_split_across_blocks(string id)
    {
        var document = GovReportParser.Pipeline.ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt(id), new Diagnostics());

        var splits = document.Blocks.Zip(document.Blocks.Skip(1))
            .Where(p => LineShape.HasProsePunctuation(p.First.Text) && !LineShape.EndsSentence(p.First.Text) && !LineShape.EndsClause(p.First.Text)
                        && !LineShape.IsHeading(p.First.Text) && !LineShape.IsTableRow(p.First.Text)
                        && LineShape.HasProsePunctuation(p.Second.Text) && !LineShape.StartsWithEnumeration(p.Second.Text))
            .Select(p => p.First.Text[^10..] + " | " + p.Second.Text[..Math.Min(10, p.Second.Text.Length)]);
        Assert.That(splits, Is.Empty);
    }

    [Test]
    public void Sample_004_metadata_lines_without_prose_punctuation_stay_apart()
    {
        var source = SampleDocuments.Read("004");

        var joined = BrokenLineJoiner.Default.Normalise(source, new Diagnostics());

        Assert.That(joined.Blocks.Take(4).Select(b => b.Source.Line), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(joined.Blocks.Take(4).Select(b => b.Source.EndLine), Has.All.Null);
    }

    [Test]
    public void Page_furniture_between_the_halves_is_stepped_over_and_kept()
    {
        // Sample 001's page break as a PDF-to-text tool prints it: footer, form feed, running header.
        var lines = File.ReadAllLines(RepoPaths.SampleTxt("001"));
        var cut = Array.FindIndex(lines, l => l.EndsWith("市教育局主", StringComparison.Ordinal)) + 1;
        var pages = new[] { string.Join("\n", lines[..cut].Append("- 3 -")), string.Join("\n", lines[cut..].Prepend("第4页 共7页")) };
        var document = PageFurnitureMarker.Default.Normalise(SampleDocuments.FromPages(pages), new Diagnostics());

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics());

        var index = joined.Blocks.ToList().FindIndex(b => b.Text.Contains("市教育局主动公开政府信息近 3000 条"));
        Assert.That(index, Is.GreaterThanOrEqualTo(0));
        Assert.That(joined.Blocks.Skip(index + 1).Take(2).Select(b => (b.Kind, b.Text)),
            Is.EqualTo(new[] { (BlockKind.Furniture, "- 3 -"), (BlockKind.Furniture, "第4页 共7页") }));
    }

    /// <summary>
    /// Made up, hard-wrapped at 31 characters as PDF text comes: a numbered heading as wide as the wrap, with no clause
    /// punctuation, stays apart from the note in brackets below it however full it is; the prose around it rejoins.
    /// </summary>
    [Test]
    public void A_numbered_line_without_clause_punctuation_is_never_joined_to_the_next_line()
    {
        string[] lines =
        [
            "本年度全区各单位认真贯彻落实政府信息公开条例的各项要",
            "求，扎实推进政务公开工作，公开质量和时效稳步提升。",
            "三、收到和处理政府信息公开申请及答复办理总体情况汇总",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项",
            "加第四项之和）",
            "二、依申请公开政府信息和不予公开政府信息的情况及其说明",
            "全年共收到政府信息公开申请十二件，均已按期答复完毕。",
        ];
        var document = SampleDocuments.FromPages([string.Join("\n", lines)]);

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks.Select(b => b.Text).ToArray();

        Assert.That(joined, Does.Contain(lines[2]).And.Contain(lines[5]));
        Assert.That(joined[0], Is.EqualTo(lines[0] + lines[1]));
    }

    /// <summary>
    /// Made up, hard-wrapped: a table's columns printed as lines of values, as wide as the wrap, stay lines of their own;
    /// the prose before them still rejoins, and so does a sentence whose second half opens with a number.
    /// </summary>
    [Test]
    public void A_line_of_values_is_never_joined_however_full()
    {
        string[] lines =
        [
            "本年度共收到政府信息公开申请，各项数据详见下表，答复均在",
            "法定期限内完成，未发生因答复不及时引发的行政复议案件。",
            "12 0 3 1 0 0 0 16 2 0 0 1 0 0 0 3 4 0 0 0 0 0 0 4",
            "15 0 2 0 0 1 0 18 1 0 0 0 0 0 0 1 3 0 1 0 0 0 0 4",
            "全年主动公开政府信息的总数较上年有所增加，达到了",
            "1200条，其中政策文件三百余条。",
        ];
        var document = SampleDocuments.FromPages([string.Join("\n", lines)]);

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks.Select(b => b.Text).ToArray();

        Assert.That(joined, Is.EqualTo(new[] { lines[0] + lines[1], lines[2], lines[3], lines[4] + lines[5] }));
    }

    /// <summary>
    /// Every sample, normalised, then hard-wrapped at 60 columns as PDF text comes: joining must never merge two paragraphs
    /// and may only leave a wrap unjoined where a sentence or clause ended (there a wrap cannot be told from a paragraph end).
    /// </summary>
    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Hard_wrapped_samples_rejoin_within_their_paragraphs(string id)
    {
        var paragraphs = GovReportParser.Pipeline.ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt(id), new Diagnostics())
            .Blocks.Select(b => b.Text).ToArray();
        var wrapped = paragraphs.Select(p => p.Contains('\t') ? [p] : Wrap(p, 60)).ToArray();
        var document = SampleDocuments.FromPages([string.Join("\n\n", wrapped.Select(lines => string.Join("\n", lines)))]);
        var paragraphOfLine = new Dictionary<int, int>();
        var line = 1;
        for (var p = 0; p < wrapped.Length; p++, line++)
            foreach (var _ in wrapped[p])
                paragraphOfLine[line++] = p;

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks;

        foreach (var block in joined)
            Assert.That(paragraphOfLine[block.Source.EndLine ?? block.Source.Line], Is.EqualTo(paragraphOfLine[block.Source.Line]),
                () => $"merged paragraphs at: {block.Text}");
        foreach (var (before, after) in joined.Zip(joined.Skip(1)))
            if (paragraphOfLine[before.Source.EndLine ?? before.Source.Line] == paragraphOfLine[after.Source.Line])
                Assert.That(LineShape.EndsSentence(before.Text) || LineShape.EndsClause(before.Text), () => $"split mid-sentence: {before.Text} | {after.Text}");
    }

    private static List<string> Wrap(string text, int columns)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (LineWidths.Columns(text[start..(i + 1)]) > columns)
            {
                lines.Add(text[start..i]);
                start = i;
            }
        lines.Add(text[start..]);
        return lines;
    }

    [Test]
    public void Given_a_page_frame_of_short_lines_When_joined_Then_the_title_is_not_taken_for_a_full_line()
    {
        // A web page printed to text: navigation and breadcrumb steps one a line, then the title, then hard-wrapped prose.
        string[] lines =
        [
            "网站首页", "政务公开", "解读回应", "办事服务", "互动交流", "走进某某", "政府信息公开", "领导之窗", "政府机构", "要闻",
            "政府会议", "最新文件", "当前位置：", "首页", "政务公开", "政府信息公开", "政府信息公开年报",
            "某某县2021年政府信息公开工作年度报告", "本报告由某某县人民政府办公室根据《条例》要求编制，所列数据统计期限",
            "自2021年1月1日起至2021年12月31日止，报告的电子版可在某某县人民政府门户网",
            "站下载，如对本报告有任何疑问，请与某某县人民政府办公室联系。",
        ];
        var document = SampleDocuments.FromText(string.Join("\n", lines));

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks.Select(b => b.Text).ToArray();

        Assert.That(joined[17], Is.EqualTo("某某县2021年政府信息公开工作年度报告"));
        Assert.That(joined[18], Does.StartWith("本报告由").And.EndWith("联系。"));
    }

    /// <summary>
    /// Made up, hard-wrapped at 56 columns from a page whose paragraphs ran together: a heading with the section's first
    /// words after a space fills its line, and the sentence goes on in the next; a heading as long without such words, and
    /// one whose words run in but do not fill the line, stay lines of their own.
    /// </summary>
    [Test]
    public void Given_a_heading_with_run_in_words_that_a_wrap_filled_When_joined_Then_its_sentence_goes_on()
    {
        string[] lines =
        [
            "全年主动公开各类政府信息三千余条，公开质量和时效稳步提升。",
            "三、政府信息依申请公开工作情况 本年度全县共收到政府信",
            "息公开申请十二件，均已按期答复完毕，未收取任何费用。",
            "四、依申请公开政府信息和不予公开政府信息的情况及其说明",
            "全年未发生不予公开的情形，各项答复均在法定期限内作出。",
            "五、其他需要报告的事项 无",
            "全年未收取信息处理费，各项工作均按计划推进，成效明显。",
        ];
        var document = SampleDocuments.FromText(string.Join("\n", lines));

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks.Select(b => b.Text).ToArray();

        Assert.That(joined, Is.EqualTo(new[] { lines[0], lines[1] + lines[2], lines[3], lines[4], lines[5], lines[6] }));
    }

    /// <summary>Made up: the same wrapped lines with every break doubled (a blank line after each) join as with single breaks.</summary>
    [Test]
    public void Given_every_line_break_doubled_When_joined_Then_the_lines_join_as_with_single_breaks()
    {
        string[] lines =
        [
            "某某县2022年政府信息公开工作年度报告",
            "本报告由某某县人民政府办公室根据《中华人民共和国政府信",
            "息公开条例》要求编制，所列数据统计期限自2022年1月1日",
            "起至2022年12月31日止。",
            "一、总体情况 2022年，某某县认真贯彻落实政务公开各项工",
            "作部署，全年主动公开政府信息一千二百条，办理依申请公开",
            "事项十二件，均在法定期限内答复。",
        ];
        var single = BrokenLineJoiner.Default.Normalise(SampleDocuments.FromText(string.Join("\n", lines)), new Diagnostics());
        var doubled = BrokenLineJoiner.Default.Normalise(SampleDocuments.FromText(string.Join("\n\n", lines)), new Diagnostics());

        Assert.That(single.Blocks.Select(b => b.Text), Is.EqualTo(new[] { lines[0], lines[1] + lines[2] + lines[3], lines[4] + lines[5] + lines[6] }));
        Assert.That(doubled.Blocks.Select(b => b.Text), Is.EqualTo(single.Blocks.Select(b => b.Text)));
        Assert.That(doubled.Blocks.Select(b => (b.Source.Line, b.Source.EndLine)), Is.EqualTo(new (int, int?)[] { (1, null), (3, 7), (9, 13) }));
    }

    /// <summary>
    /// Every sample hard-wrapped at 60 columns, once with single and once with doubled line breaks (paragraphs apart by one
    /// blank line, doubled to three): both join into the same texts.
    /// </summary>
    [TestCaseSource(typeof(RepoPaths), nameof(RepoPaths.SampleIds))]
    public void Hard_wrapped_samples_with_doubled_breaks_join_as_with_single_breaks(string id)
    {
        var paragraphs = GovReportParser.Pipeline.ReportParser.Default.ReadNormalised(RepoPaths.SampleTxt(id), new Diagnostics())
            .Blocks.Select(b => b.Text).ToArray();
        var wrapped = paragraphs.Select(p => p.Contains('\t') ? [p] : Wrap(p, 60)).ToArray();
        string Text(string lineBreak) => string.Join(lineBreak + lineBreak, wrapped.Select(lines => string.Join(lineBreak, lines)));

        var single = BrokenLineJoiner.Default.Normalise(SampleDocuments.FromText(Text("\n")), new Diagnostics());
        var doubled = BrokenLineJoiner.Default.Normalise(SampleDocuments.FromText(Text("\n\n")), new Diagnostics());

        Assert.That(doubled.Blocks.Select(b => b.Text), Is.EqualTo(single.Blocks.Select(b => b.Text)));
        Assert.That(single.Blocks.Count, Is.LessThan(wrapped.Sum(w => w.Count)));
    }

    /// <summary>
    /// Made up, a site's information block wrapped at 56 columns: a date cut inside its value between two metadata lines,
    /// and a key cut in two before the title, go on in the next line; the last metadata line and the title stay apart.
    /// </summary>
    [Test]
    public void Given_a_site_block_cut_inside_a_value_or_a_key_When_joined_Then_the_line_goes_on()
    {
        string[] lines =
        [
            "索引号 11330000002482076G/2023-00012 主题分类 综合政务",
            "发布机构 某某县人民政府办公室 成文日期 2023",
            "-03-15 09:30",
            "文号 关键词 年度报告 信息来源 某某县人民政府办公室 发布日",
            "期 2023-03-16",
            "某某县2022年政府信息公开工作年度报告",
        ];
        var document = SampleDocuments.FromText(string.Join("\n", lines));

        var joined = BrokenLineJoiner.Default.Normalise(document, new Diagnostics()).Blocks.Select(b => b.Text).ToArray();

        Assert.That(joined, Is.EqualTo(new[] { lines[0], lines[1] + lines[2], lines[3] + lines[4], lines[5] }));
    }
}
