using System.Text.RegularExpressions;
using GovReportParser.Text;

namespace GovReportParser.Normalisation;

/// <summary>What a line looks like, as far as joining broken lines needs to know: heading, table row, sentence end.</summary>
internal static partial class LineShape
{
    private const string ChineseNumeral = "一二三四五六七八九十百零〇";

    /// <summary>Starts with an enumeration marker: 一、 （一） (一) 1. 1、 （1） ① 第一条 第三部分, perhaps after markdown marks.</summary>
    public static bool StartsWithEnumeration(string text) => Enumeration().IsMatch(text);

    /// <summary>A heading: an enumerated line too short and too simple to be a paragraph item (at most one clause break, no full stop).</summary>
    public static bool IsHeading(string text)
    {
        var marker = Enumeration().Match(text);
        if (!marker.Success)
            return false;
        var title = text.AsSpan(marker.Length);
        return title.Length <= 40 && title.IndexOfAny('。', '！', '？') < 0 && title.Count('，') + title.Count(',') + title.Count('、') + title.Count('；') <= 1;
    }

    /// <summary>
    /// A numbered line with no clause or sentence punctuation after its marker: a heading however long
    /// (二、依申请公开政府信息和不予公开政府信息的情况), never the first half of a sentence, whatever follows it.
    /// </summary>
    public static bool IsBareNumberedLine(string text)
    {
        var marker = Enumeration().Match(text);
        return marker.Success && marker.Length < text.Length && text.AsSpan(marker.Length).IndexOfAny(ClausePunctuation) < 0;
    }

    /// <summary>
    /// A numbered heading with the section's first words run in after its title and a space
    /// (<c>三、政府信息依申请公开工作情况 2012年全县共收到有关政府</c>): when a hard wrap filled it, its last words go on
    /// in the next line.
    /// </summary>
    public static bool IsHeadingWithRunInWords(string text)
    {
        var marker = Enumeration().Match(text);
        return marker.Success && HeadingTitle.RunInTitleLength(text.AsSpan(marker.Length).TrimStart(" \u3000")) > 0;
    }

    private const string ClausePunctuation = "，,；;。！？!?：:";

    /// <summary>
    /// A row of a table: cells parted by tabs, or two or more values and nothing else (<c>43 0 8 2 0</c>, a table's row
    /// or column as a text layer prints it). Such a line is as long as prose may be, but never half of a sentence.
    /// </summary>
    public static bool IsTableRow(string text) => text.Contains('\t') || ValueRow().IsMatch(text);

    [GeneratedRegex(@"^\s*[0-9]+(?:\.[0-9]+)?(?:\s+[0-9]+(?:\.[0-9]+)?)+\s*$")]
    private static partial Regex ValueRow();

    private const string SentenceEnd = "。！？!?…";
    private const string Closing = "”’）)】》」』";

    /// <summary>Ends a sentence: a full stop, question or exclamation mark, or one followed by a closing quote or bracket.</summary>
    public static bool EndsSentence(string text) =>
        text.Length > 0 && (SentenceEnd.Contains(text[^1]) || text.Length > 1 && Closing.Contains(text[^1]) && SentenceEnd.Contains(text[^2]));

    /// <summary>
    /// Ends on a semicolon, colon, closing quote or bracket: where a paragraph often ends, but where a hard wrap can fall too.
    /// </summary>
    public static bool EndsClause(string text) => text.Length > 0 && ("；;：:" + Closing).Contains(text[^1]);

    /// <summary>Has punctuation inside a sentence or at its end: what prose has and titles, names and metadata lines lack.</summary>
    public static bool HasProsePunctuation(string text) => text.AsSpan().IndexOfAny("，,、；;。！？") >= 0;

    // A markdown heading or bold mark may stand before the number (## 一、 **一、), and a space inside it (一 、).
    [GeneratedRegex(@"^\s*(?:\#{1,6}\s*|\*\*)?(?:[" + ChineseNumeral + @"]+\s*[、.．]|[（(][" + ChineseNumeral + @"0-9]+[）)]|[0-9]{1,2}(?:[、．]|\.(?![0-9]))|[①-⑳]|第[" + ChineseNumeral
        + @"0-9]+[条章节部分项])")]
    private static partial Regex Enumeration();
}
