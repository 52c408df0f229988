using GovReportParser.Extraction.Numbers;

namespace GovReportParser.Extraction.Figures;

/// <summary>
/// Reads the figures of one piece of narrative text: a number followed by a measure word or %, or a number closing a
/// counted noun (关注量5673, 订阅数49305). A number with neither (years, 12345热线, 〔2021〕30号, phone numbers) is not a figure.
/// </summary>
public static class FigureReader
{
    private const string PhraseStops = "，。；：、,;:！？!?()（）\n\t";
    private const int MaxPhraseLead = 12;
    /// <summary>What may separate a counted noun from its number: 订阅数49305, 访问量达5万, 关注量为5673.</summary>
    private static readonly string[] CountedNounLinks = ["达到", "达", "为", "是", "共", "：", ":"];
    private const string CountedNounEnds = "，。；、,;：:）)！？!? \n";

    public static IReadOnlyList<FigureMatch> Read(string text) => Read(text, TextFold.Fold(text));

    /// <param name="text">the text as written, for the phrase</param>
    /// <param name="folded">the same text through <see cref="TextFold.Fold(string)"/></param>
    public static IReadOnlyList<FigureMatch> Read(string text, string folded)
    {
        List<FigureMatch>? figures = null; // most sentences state none
        foreach (var token in NumberScanner.Scan(folded))
        {
            if (NonFigureContext.IsNotAFigure(folded, token))
                continue;
            if (!TryUnit(folded, token, out var unit, out var end))
                continue;
            var approx = token.Approx;
            if (string.CompareOrdinal(folded, end, "左右", 0, 2) == 0)
            {
                approx = true;
                end += 2;
            }
            var start = PhraseStart(folded, token.Start);
            (figures ??= []).Add(new FigureMatch(token.Value, unit, approx, start, end, text[start..end].Trim())
            {
                NumberStart = token.NumberStart,
            });
        }
        return figures ?? (IReadOnlyList<FigureMatch>)[];
    }

    private static bool TryUnit(string t, NumberToken token, out string unit, out int end)
    {
        unit = "";
        end = token.End;
        if (token.IsPercentPhrase)
        {
            unit = "%";
            return true;
        }
        var k = NumberScanner.SkipSpaces(t, token.End);
        if (k < t.Length && t[k] == '%')
        {
            unit = "%";
            end = k + 1;
            return true;
        }
        if (MeasureWords.TryMatch(t, token.End, out unit, out end))
            return true;
        return IsCountedNoun(t, token);
    }

    /// <summary>关注量5673。: an Arabic number right after a noun ending in 数 or 量, closing its clause.</summary>
    private static bool IsCountedNoun(string t, NumberToken token)
    {
        if (token.Kind != NumeralKind.Arabic || token.Approx || token.End != token.NumberEnd)
            return false;
        var k = token.NumberStart;
        if (k > 0 && t[k - 1] == ' ')
            k--;   // 关注量 5673; a wider gap is a table column (申请数量        3001)
        foreach (var link in CountedNounLinks)
            if (k >= link.Length && string.CompareOrdinal(t, k - link.Length, link, 0, link.Length) == 0)
            {
                k -= link.Length;
                break;
            }
        if (k < 2 || t[k - 1] is not ('数' or '量') || !IsHan(t[k - 2]) || ChineseNumeral.IsNumeralChar(t[k - 2]))
            return false;
        var after = token.NumberEnd;
        return after >= t.Length || CountedNounEnds.Contains(t[after]);
    }

    private static int PhraseStart(string t, int numberStart)
    {
        var k = numberStart;
        while (k > 0 && numberStart - k < MaxPhraseLead && !PhraseStops.Contains(t[k - 1]))
            k--;
        return k;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
