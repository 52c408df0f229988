namespace GovReportParser.Extraction.Numbers;

/// <summary>
/// Finds every number in a text: Arabic (1,234 · 1.5 · full-width), Chinese (五 · 十二 · 一百零五 · 两), mixed (1.5万, 3千),
/// percentage phrases (百分之九十八) and the approximations around them (近/约/逾 before; 余/多/几/来 after; 上百, 数十,
/// 几百). It reads what a number says, not whether it is a figure: that is the figure reader's call.
/// Works on text folded by <see cref="TextFold"/>, whose offsets are those of the original.
/// </summary>
public static class NumberScanner
{
    /// <summary>Longer Arabic runs are identifiers or table digits glued together, never a stated quantity.</summary>
    public const int MaxIntegerDigits = 10;

    private const string ApproxBefore = "近约逾";
    private const string BaseOnlyApproxBefore = "上数几";   // 上百, 数十, 几千: a bare 百/十/千 with an approximation word
    private const string ApproxAfterArabic = "余多";
    private const string ApproxAfterChinese = "余多几来";
    private const string Multipliers = "百千万亿";

    /// <summary>Words whose last character reads like 约/近 but is not an approximation: 节约3000元 is exact.</summary>
    private static readonly HashSet<string> WordsEndingInAnApproximation =
        ["节约", "制约", "签约", "契约", "预约", "邀约", "公约", "相约", "简约", "最近", "附近", "靠近", "亲近"];

    // Where a number can begin: a digit, a numeral or 百 (百分之). Prose is mostly other characters, so the scan jumps.
    private static readonly System.Buffers.SearchValues<char> NumberStarts =
        System.Buffers.SearchValues.Create("0123456789" + ChineseNumeral.NumeralChars);

    public static IEnumerable<NumberToken> Scan(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var next = folded.AsSpan(i).IndexOfAny(NumberStarts);
            if (next < 0)
                yield break;
            i += next;
            var token = ReadAt(folded, i);
            if (token is null)
            {
                i++;
                continue;
            }
            if (token.Value >= 0)   // a negative value marks a run that is no number (万一, an identifier): skipped whole
                yield return token;
            i = Math.Max(token.End, i + 1);
        }
    }

    private static NumberToken? ReadAt(string t, int i)
    {
        if (string.CompareOrdinal(t, i, "百分之", 0, 3) == 0)
            return ReadPercentPhrase(t, i);
        if (char.IsAsciiDigit(t[i]) && (i == 0 || !char.IsAsciiDigit(t[i - 1])))
            return ReadArabic(t, i);
        if (ChineseNumeral.IsNumeralChar(t[i]) && (i == 0 || !ChineseNumeral.IsNumeralChar(t[i - 1])))
            return ReadChinese(t, i);
        return null;
    }

    private static NumberToken? ReadArabic(string t, int start)
    {
        var j = start;
        while (j < t.Length && char.IsAsciiDigit(t[j]))
            j++;
        var intDigits = j - start;
        // thousands groups: 1,234 / 12，345，678 — one to three digits, then commas each followed by exactly three
        // (截至2019，343件 is two numbers)
        if (intDigits <= 3)
            while (j < t.Length && t[j] is ',' or '，' && IsThreeDigitGroup(t, j + 1))
            {
                intDigits += 3;
                j += 4;
            }
        if (j + 1 < t.Length && t[j] == '.' && char.IsAsciiDigit(t[j + 1]))
        {
            j++;
            while (j < t.Length && char.IsAsciiDigit(t[j]))
                j++;
        }
        if (intDigits > MaxIntegerDigits)
            return new NumberToken(start, start, j, j, -1, false, NumeralKind.Arabic);   // skipped whole, never a number
        var digits = t.AsSpan(start, j - start);
        var value = digits.IndexOfAny(',', '，') < 0
            ? decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : decimal.Parse(digits.ToString().Replace(",", "").Replace("，", ""), System.Globalization.CultureInfo.InvariantCulture);
        var afterSpaces = SkipSpaces(t, j);
        var afterMultipliers = ReadMultipliers(t, afterSpaces, ref value);
        var numberEnd = afterMultipliers > afterSpaces ? afterMultipliers : j;
        var (end, approxAfter) = ReadApproxAfter(t, numberEnd, ApproxAfterArabic);
        var (prefixStart, approxBefore) = ReadApproxBefore(t, start);
        return new NumberToken(prefixStart, start, numberEnd, end, value, approxBefore || approxAfter, NumeralKind.Arabic);
    }

    private static bool IsThreeDigitGroup(string t, int k) =>
        k + 3 <= t.Length && char.IsAsciiDigit(t[k]) && char.IsAsciiDigit(t[k + 1]) && char.IsAsciiDigit(t[k + 2])
        && (k + 3 == t.Length || !char.IsAsciiDigit(t[k + 3]));

    /// <summary>万/亿/千/百 after Arabic digits multiply them (1.5万 = 15000), except 万元/亿元, which are units of money.</summary>
    private static int ReadMultipliers(string t, int j, ref decimal value)
    {
        var k = j;
        while (k < t.Length && Multipliers.Contains(t[k]))
        {
            if (t[k] is '万' or '亿' && k + 1 < t.Length && t[k + 1] == '元')
                break;
            if (t[k] == '百' && k + 1 < t.Length && t[k + 1] == '分')
                break;   // 3百分点 is not 300
            value *= ChineseNumeral.UnitValue(t[k]);
            k++;
        }
        return k;
    }

    private static NumberToken? ReadChinese(string t, int start)
    {
        var j = start;
        while (j < t.Length && ChineseNumeral.IsNumeralChar(t[j]))
            j++;
        if (j - start > 1 && t[j - 1] is '万' or '亿' && j < t.Length && t[j] == '元')
            j--;   // 五万元: 5 of the unit 万元, as 5万元 is
        var skip = new NumberToken(start, start, j, j, -1, false, NumeralKind.Chinese);
        var run = t.AsSpan(start, j - start);
        var (prefixStart, approxBefore) = ReadApproxBefore(t, start);
        var (end, approxAfter) = ReadApproxAfter(t, j, ApproxAfterChinese);
        // 上百, 数十, 几千: an approximation word before a bare 十/百/千/万
        var baseApprox = start > 0 && BaseOnlyApproxBefore.Contains(t[start - 1]) && ChineseNumeral.IsUnit(run[0]);
        if (baseApprox)
            prefixStart = start - 1;
        decimal value;
        if (run[0] is '百' or '千' or '万' or '亿')
        {
            // a bare 百/千/万 is a number only as an approximation (百余件, 上千); 千家万户 is not 1000 家
            if (!(baseApprox || approxAfter || approxBefore) || !ChineseNumeral.TryParse(("一" + run.ToString()).AsSpan(), out value))
                return skip;
        }
        else if (!ChineseNumeral.TryParse(run, out value))
            return skip;
        return new NumberToken(prefixStart, start, j, end, value, approxBefore || approxAfter || baseApprox, NumeralKind.Chinese)
        {
            IsLoneChineseOne = run is "一",
        };
    }

    private static NumberToken? ReadPercentPhrase(string t, int start)
    {
        var k = start + 3;
        if (k >= t.Length)
            return null;
        NumberToken? inner = char.IsAsciiDigit(t[k]) ? ReadArabic(t, k)
            : t[k] == '百' ? new NumberToken(k, k, k + 1, k + 1, 100, false, NumeralKind.Chinese)   // 百分之百
            : ChineseNumeral.IsNumeralChar(t[k]) ? ReadChinese(t, k) : null;
        if (inner is null || inner.Value < 0)
            return null;
        return inner with { Start = start, NumberStart = start, IsPercentPhrase = true, IsLoneChineseOne = false };
    }

    private static (int End, bool Approx) ReadApproxAfter(string t, int j, string words)
    {
        var k = SkipSpaces(t, j);
        return k < t.Length && words.Contains(t[k]) ? (k + 1, true) : (j, false);
    }

    private static (int Start, bool Approx) ReadApproxBefore(string t, int start)
    {
        var k = start;
        while (k > 0 && t[k - 1] == ' ')
            k--;
        if (k == 0 || !ApproxBefore.Contains(t[k - 1]) || k >= 2 && WordsEndingInAnApproximation.Contains(t.Substring(k - 2, 2)))
            return (start, false);
        return (k - 1, true);
    }


    public static int SkipSpaces(string t, int j)
    {
        var k = j;
        while (k < t.Length && k - j < 2 && t[k] == ' ')
            k++;
        return k;
    }
}
