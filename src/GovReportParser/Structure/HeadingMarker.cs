using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>A numbering marker at the start of a text: its style, ordinal, the marker as written and the text after it.</summary>
public sealed partial record HeadingMarker(NumberingStyle Style, int Ordinal, string Written, string Rest)
{
    /// <summary>The ordinal in the contract's form: "一", "（一）", "1", "（1）", "第一部分", "①".</summary>
    public string Number => Style switch
    {
        NumberingStyle.Part => Written.TrimEnd('、', '：', ':', '．', '.', ' '),
        NumberingStyle.Han => Written.TrimEnd('、', '．', '.', ' '),
        NumberingStyle.HanParen => "（" + Written.Trim('（', '）', '(', ')', '、', '．', '.', ' ') + "）",
        NumberingStyle.Arabic => Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumberingStyle.ArabicParen => $"（{Ordinal}）",
        _ => Written,
    };

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]{1,3})(?:部分|章)[\s、：:．.]*")]
    private static partial Regex PartMarker();

    // 一、 一. 一． but not 一是, 一方面, 十一五 (the separator is required)
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*(?:、|[．.](?![0-9]))\s*")]
    private static partial Regex HanMarker();

    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]\s*[、．.]?\s*")]
    private static partial Regex HanParenMarker();

    // 1、 1. 1． but not 1.5万 or 2018.12
    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\s*[、．.](?![0-9])\s*")]
    private static partial Regex ArabicMarker();

    [GeneratedRegex(@"^[（(]\s*(?<n>[0-9]{1,2})\s*[）)]\s*")]
    private static partial Regex ArabicParenMarker();

    private static readonly (NumberingStyle Style, Func<Regex> Pattern)[] Styles =
    [
        (NumberingStyle.Part, PartMarker),
        (NumberingStyle.Han, HanMarker),
        (NumberingStyle.HanParen, HanParenMarker),
        (NumberingStyle.Arabic, ArabicMarker),
        (NumberingStyle.ArabicParen, ArabicParenMarker),
    ];

    /// <summary>Reads the marker at the start of <paramref name="text"/> (leading white space ignored), or null.</summary>
    public static HeadingMarker? Read(string text)
    {
        var t = text.TrimStart(' ', '\t', '\u3000');
        if (t.Length > 0 && t[0] is >= '①' and <= '⑳')
            return new HeadingMarker(NumberingStyle.Circled, t[0] - '①' + 1, t[..1], t[1..].TrimStart());
        foreach (var (style, pattern) in Styles)
        {
            var m = pattern().Match(t);
            if (!m.Success)
                continue;
            var n = m.Groups["n"].ValueSpan;
            var ordinal = style is NumberingStyle.Arabic or NumberingStyle.ArabicParen ? int.Parse(n) : ChineseNumerals.Ordinal(n);
            if (ordinal is not > 0)
                return null;
            var outer = new HeadingMarker(style, ordinal.Value, m.Value.TrimEnd(), t[m.Length..]);
            return Read(outer.Rest) is { } inner ? OneOf(outer, inner) : outer;
        }
        return null;
    }

    /// <summary>
    /// Headings numbered twice keep one number: the same number typed over itself (一、一、总体情况) keeps one, and an
    /// automatic list number before the template's own (1. 一、总体情况, a word processor's numbering over typed text)
    /// gives way to the more major one.
    /// </summary>
    private static HeadingMarker OneOf(HeadingMarker outer, HeadingMarker inner)
    {
        if (inner.Style == outer.Style && inner.Ordinal == outer.Ordinal)
            return outer with { Rest = inner.Rest };
        return inner.Style < outer.Style ? inner : outer;
    }
}
