using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>Reads the dates reports write (2023-12-15, 2023年12月15日, 二〇一二年十二月三日) as ISO yyyy-MM-dd.</summary>
internal static partial class DateReader
{
    [GeneratedRegex(@"(?<y>[0-9]{4})\s*[年\-/.]\s*(?<m>[0-9]{1,2})\s*[月\-/.]\s*(?<d>[0-9]{1,2})\s*日?")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"(?<y>[〇零○O一二三四五六七八九]{4})\s*年\s*(?<m>[一二三四五六七八九十]{1,2})\s*月\s*(?<d>[一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex HanDate();

    /// <summary>The first date in the text, or null.</summary>
    public static string? FindIso(string text)
    {
        var arabic = ArabicDate().Match(text);
        var han = HanDate().Match(text);
        var first = (arabic.Success, han.Success) switch
        {
            (true, true) => arabic.Index <= han.Index ? arabic : han,
            (true, false) => arabic,
            (false, true) => han,
            _ => null,
        };
        return first is null ? null : ToIso(first);
    }

    // 二〇二三年十二月三十一日 is 12 characters; room is left for spacing and brackets.
    private const int LongestDateLine = 40;

    /// <summary>True when the text is nothing but a date, perhaps in parentheses (a dateline).</summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > LongestDateLine)
            return false;
        var t = text.Trim().Trim('（', '）', '(', ')', ' ', '\u3000');
        var m = ArabicDate().Match(t);
        if (!m.Success)
            m = HanDate().Match(t);
        return m.Success && m.Index == 0 && m.Length == t.Length && ToIso(m) is not null;
    }

    private static string? ToIso(Match m)
    {
        var y = ChineseNumerals.DigitString(m.Groups["y"].ValueSpan);
        var mo = ChineseNumerals.SmallNumber(m.Groups["m"].ValueSpan);
        var d = ChineseNumerals.SmallNumber(m.Groups["d"].ValueSpan);
        if (y is not (>= 1949 and <= 2100) || mo is not (>= 1 and <= 12) || d is not (>= 1 and <= 31))
            return null;
        return $"{y:D4}-{mo:D2}-{d:D2}";
    }
}
