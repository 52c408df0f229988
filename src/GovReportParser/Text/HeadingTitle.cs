using System.Text.RegularExpressions;

namespace GovReportParser.Text;

/// <summary>
/// Where a numbered heading's title ends when the section's first words follow it on the same line. The words that close a
/// heading (情况, 概述, 措施 …) are those ending the template's and the narrative reports' top headings (一、总体情况,
/// 五、存在的主要问题及改进情况, 六、其他需要报告的事项, 七、…统计表, 八、下一步工作打算); web pages that run paragraphs
/// together, and the wraps of such text, put the section's first words right after them, parted by a space
/// (<c>三、政府信息依申请公开工作情况 2012年全县共收到…</c>).
/// </summary>
public static partial class HeadingTitle
{
    /// <summary>Longest title taken before the words run in after it.</summary>
    public const int MaxLength = 40;

    private const string ClosingWords = "(情况|概述|概况|措施|事项|统计表|打算|方向|总结|问题|计划|要点)";

    [GeneratedRegex("^.*" + ClosingWords)]
    private static partial Regex UpToLastClosingWordPattern();

    [GeneratedRegex(ClosingWords + "$")]
    private static partial Regex EndsWithClosingWord();

    /// <summary>The text up to and with its last closing word, or an empty string when it has none.</summary>
    public static string UpToLastClosingWord(string text) => UpToLastClosingWordPattern().Match(text).Value;

    /// <summary>
    /// The length of the title when <paramref name="rest"/> (what follows a heading's number) is a title ending on a closing
    /// word, a space, and more words run in after it; 0 when it is not. The title has no clause or sentence punctuation
    /// but the enumeration comma (行政复议、行政诉讼情况).
    /// </summary>
    public static int RunInTitleLength(ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOfAny(' ', '\u3000');
        if (space <= 0 || space > MaxLength || rest[space..].Trim(" \u3000").IsEmpty)
            return 0;
        var title = rest[..space];
        if (title.IndexOfAny("，,；;。！？!?：:（(") >= 0)
            return 0;
        return EndsWithClosingWord().IsMatch(title) ? space : 0;
    }
}
