using GovReportParser.Extraction.Figures;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// Table text that reached extraction as lines or running text: tab-separated rows, and cells glued to their labels
/// (规章000行政规范性文件8855698, 主动公开信息数条20263542其中). Their digits are cells, never narrative figures.
/// </summary>
public static class TableLikeText
{
    /// <summary>A sentence with this many bare numbers is a flattened table: prose has one, a glued row has several.</summary>
    public const int BareNumbersOfATable = 3;

    /// <summary>What may follow a number in prose without a measure word: a date, a time, an age, a floor, a multiplier.</summary>
    private const string ProseSuffixes = "年月日号时分秒周岁届层楼点%万亿千百余多大小";

    public static bool IsTableLine(string text) => text.Contains('\t') && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    public static bool IsTableLike(string folded) => CountBareNumbers(folded) >= BareNumbersOfATable;

    /// <summary>
    /// Arabic digit runs stuck between label text without a measure word (件00行, 计23 0), or standing alone between
    /// spaces (0 1 1 0 2): the shape of a table cell, not of a stated quantity.
    /// </summary>
    public static int CountBareNumbers(string t)
    {
        var count = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (!char.IsAsciiDigit(t[i]) || i > 0 && (char.IsAsciiDigit(t[i - 1]) || t[i - 1] == '.'))
                continue;
            var end = i;
            while (end < t.Length && (char.IsAsciiDigit(t[end]) || t[end] == '.' && end + 1 < t.Length && char.IsAsciiDigit(t[end + 1])))
                end++;
            var before = i > 0 ? t[i - 1] : '\0';
            var next = end;
            while (next < t.Length && t[next] == ' ')
                next++;   // 28 条 is prose; 0 1 1 0 and 3001        53 are table rows
            var after = next < t.Length ? t[next] : '\0';
            var gluedBefore = FigureReader.IsHan(before) && before is not ('第' or '〔');
            var spacedBefore = before == ' ';
            var gluedAfter = FigureReader.IsHan(after) && !ProseSuffixes.Contains(after) && !MeasureWords.TryMatch(t, end, out _, out _)
                || after == '.' && next + 1 < t.Length && FigureReader.IsHan(t[next + 1]);   // 条179533042.政府: a cell, then item 2.
            var spacedAfter = next > end && char.IsAsciiDigit(after);
            if ((gluedBefore || spacedBefore) && (gluedAfter || spacedAfter))
                count++;
            i = end - 1;
        }
        return count;
    }
}
