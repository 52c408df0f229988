using GovReportParser.Text;

namespace GovReportParser.Structure;

/// <summary>
/// Decides whether a numbered line is a heading. A heading is a short line that the numbering opens, or the lead sentence
/// of a paragraph that the numbering opens (（一）公开的主要内容。2019年，我局…); a long numbered sentence is a list item,
/// and an enumeration inside a paragraph (一是…二是…) has no marker at all. Markdown marks around the line are dropped, and
/// table 3's numbered rows are never headings.
/// </summary>
public static class HeadingDetector
{
    /// <summary>Longest line that is a heading on its own.</summary>
    public const int MaxHeadingLength = 40;

    /// <summary>Longest lead sentence taken as the heading of its paragraph.</summary>
    public const int MaxLeadSentenceLength = 30;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?'];

    public static HeadingCandidate? Detect(string line)
    {
        if (line.Contains('\t'))
            return null; // a table row, whatever its first cell says
        var marker = HeadingMarker.Read(Markup.Strip(line));
        if (marker is null || marker.Rest.Length == 0 || !StartsLikeTitle(marker.Rest) || Table3RowLabels.IsRow(marker))
            return null;
        var rest = marker.Rest.Trim();
        // 三、政府信息依申请公开工作情况 2012年全县共收到…: the section's first words run in after the title and a space.
        if (HeadingTitle.RunInTitleLength(rest) is var runIn and > 0 && runIn + marker.Written.Length <= MaxHeadingLength)
            return Make(marker, rest[..runIn], rest[runIn..].Trim());
        var end = rest.IndexOfAny(SentenceEnds);
        if (end < 0)
            return rest.Length + marker.Written.Length <= MaxHeadingLength ? Make(marker, rest.TrimEnd('：', ':', '；', ';'), null) : null;
        if (end > MaxLeadSentenceLength)
            return null;
        var body = rest[(end + 1)..].Trim();
        return Make(marker, rest[..end], body.Length > 0 ? body : null);
    }

    private static HeadingCandidate Make(HeadingMarker marker, string title, string? body)
    {
        return new HeadingCandidate(marker, marker.Written + title, title, body);
    }

    /// <summary>
    /// A title starts with a word or a year (2020年总体打算), not with a bare figure or closing punctuation: "1、2、3" and
    /// "一、2万条" are not titles.
    /// </summary>
    private static bool StartsLikeTitle(string rest)
    {
        if (rest.Length == 0 || rest[0] is '、' or '，' or ',' or '。' or '）' or ')' or '%' or '％')
            return false;
        if (!char.IsAsciiDigit(rest[0]))
            return true;
        var digits = rest.TakeWhile(char.IsAsciiDigit).Count();
        return digits == 4 && rest.Length > 4 && rest[4] == '年';
    }
}
