namespace GovReportParser.Structure;

/// <summary>The small numerals structure needs: heading ordinals (一 … 九十九) and the digits of written dates (二〇一二).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static int? Digit(char c) => c switch
    {
        '零' or '〇' or 'O' or 'o' or '０' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c) is var i and > 0 ? i : c is >= '0' and <= '9' ? c - '0' : null,
    };

    /// <summary>一 … 九十九 (十, 十二, 二十, 二十三); null when the text is not such a numeral.</summary>
    public static int? Ordinal(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
            return null;
        var ten = s.IndexOf('十');
        if (ten < 0)
            return s.Length == 1 && Digit(s[0]) is > 0 and var d ? d : null;
        if (ten > 1 || s.Length - ten > 2)
            return null;
        int tens = 1, units = 0;
        if (ten == 1 && Digit(s[0]) is not (> 0 and var t))
            return null;
        else if (ten == 1)
            tens = Digit(s[0])!.Value;
        if (ten + 1 < s.Length && Digit(s[ten + 1]) is not (> 0 and var u))
            return null;
        else if (ten + 1 < s.Length)
            units = Digit(s[ten + 1])!.Value;
        return tens * 10 + units;
    }

    /// <summary>A year written digit by digit (二〇一二 → 2012).</summary>
    public static int? DigitString(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            if (Digit(c) is not { } d)
                return null;
            value = value * 10 + d;
        }
        return s.IsEmpty ? null : value;
    }

    /// <summary>A day or month: an ordinal (十二) or Arabic digits.</summary>
    public static int? SmallNumber(ReadOnlySpan<char> s) =>
        int.TryParse(s, out var n) ? n : Ordinal(s);
}
