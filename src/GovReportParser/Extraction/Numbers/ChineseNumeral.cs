namespace GovReportParser.Extraction.Numbers;

/// <summary>
/// Chinese numerals as cn2an reads them in its "normal" mode: the full grammar (一百零五, 十二, 一万零一百一十一),
/// the colloquial digits 两/幺/仨, digit strings (一七二零 → 1720) and spoken abbreviations (一万二 → 12000, 两千三 → 2300).
/// </summary>
public static class ChineseNumeral
{
    private const string DigitChars = "零〇一壹幺二贰两三叁仨四肆五伍六陆七柒八捌九玖";
    private const string UnitChars = "十拾百佰千仟万亿";

    /// <summary>Every character a Chinese numeral is written with.</summary>
    public const string NumeralChars = DigitChars + UnitChars;

    public static bool IsNumeralChar(char c) => IsDigit(c) || IsUnit(c);

    public static bool IsDigit(char c) => DigitChars.Contains(c);

    public static bool IsUnit(char c) => UnitChars.Contains(c);

    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '贰' or '两' => 2,
        '三' or '叁' or '仨' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    public static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    /// <summary>Reads a whole run of numeral characters; false when the run is not a well-formed number (万一, 十四五, 十百).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty)
            return false;
        var hasUnit = false;
        foreach (var c in s)
        {
            if (!IsNumeralChar(c))
                return false;
            hasUnit |= IsUnit(c);
        }
        return hasUnit ? TryParseWithUnits(s, out value) : TryParseDigitString(s, out value);
    }

    private static bool TryParseDigitString(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        foreach (var c in s)
            value = value * 10 + DigitValue(c);
        return true;
    }

    private static bool TryParseWithUnits(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        decimal above = 0, wan = 0, section = 0;
        var pending = -1;          // the digit not yet multiplied by a unit; -1 when none
        long lastSmallUnit = 0;    // the last 十/百/千 of this section: 十百 and 二十三百 are not numbers
        foreach (var c in s)
        {
            if (IsDigit(c))
            {
                var d = DigitValue(c);
                if (pending > 0 || (pending == 0 && d == 0))
                    return false;  // 一一, 零零: two digits in a row outside a digit string
                pending = d;
                continue;
            }
            var unit = UnitValue(c);
            if (unit < 10_000)
            {
                if (lastSmallUnit != 0 && unit >= lastSmallUnit)
                    return false;
                int n;
                if (pending > 0)
                    n = pending;
                else if (pending < 0 && unit == 10 && section == 0)
                    n = 1;         // 十二 = 12, as cn2an reads a leading 十
                else
                    return false;  // 百 with nothing before it, 零十
                section += n * unit;
                lastSmallUnit = unit;
                pending = -1;
                continue;
            }
            if (pending <= 0 && section == 0)
                return false;      // a leading 万 or 亿 (万一, 千万 "must"), or 零万
            var group = section + Math.Max(pending, 0);
            if (unit == 10_000)
                wan = (wan + group) * unit;
            else
            {
                above = (above + wan + group) * unit;
                wan = 0;
            }
            section = 0;
            pending = -1;
            lastSmallUnit = 0;
        }
        var tail = Math.Max(pending, 0);
        if (pending > 0 && s.Length >= 2 && IsUnit(s[^2]) && s[^2] is not ('十' or '拾'))
            tail = pending * (int)(UnitValue(s[^2]) / 10);   // spoken: 一万二 = 12000, 两千三 = 2300, 三百五 = 350
        value = above + wan + section + tail;
        return true;
    }
}
