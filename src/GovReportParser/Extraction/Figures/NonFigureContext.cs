using GovReportParser.Extraction.Numbers;

namespace GovReportParser.Extraction.Figures;

/// <summary>
/// Numbers that are written like quantities but are not: ordinals (第二十条, 第711号), parts of codes and addresses
/// (0712-2327166, 202312-00103, 24336240@163.com, 10:06), and a lone 一 that belongs to a word (是一项工作, 一件事一次办).
/// Years, dates, document numbers and hotlines need no rule here: no measure word follows them.
/// </summary>
public static class NonFigureContext
{
    /// <summary>Next to a number these always make it part of a code: 24336240@163.com, pzxx/2023, 5G.</summary>
    private const string CodeMarks = "@/\\_#~";
    /// <summary>These do only between digits or letters: 0712-2327166, 10:06, 163.com (a plain 比例:98% is fine).</summary>
    private const string CodeJoins = "-–—:.·";
    /// <summary>What precedes a lone 一 that counts: 共一件, 收到一件, 受理一件, 办理一件, 发布一篇 (建立了一套, 有一批 are words).</summary>
    private const string CountingBeforeOne = "共计为到理收布开";

    public static bool IsNotAFigure(string folded, NumberToken token) =>
        IsOrdinal(folded, token) || IsPartOfCode(folded, token) || IsWordWithOne(folded, token);

    private static bool IsOrdinal(string t, NumberToken token) => PreviousNonSpace(t, token.NumberStart) == '第';

    private static bool IsPartOfCode(string t, NumberToken token)
    {
        if (token.Kind != NumeralKind.Arabic)
            return false;
        int from = token.NumberStart, to = token.NumberEnd;
        return from > 0 && IsCodeNeighbour(t[from - 1], from > 1 ? t[from - 2] : ' ')
            || to < t.Length && IsCodeNeighbour(t[to], to + 1 < t.Length ? t[to + 1] : ' ');
    }

    private static bool IsCodeNeighbour(char next, char beyond) =>
        CodeMarks.Contains(next) || char.IsAsciiLetter(next)
        || CodeJoins.Contains(next) && (char.IsAsciiLetterOrDigit(beyond));

    private static bool IsWordWithOne(string t, NumberToken token) =>
        token.IsLoneChineseOne && !token.Approx && !CountingBeforeOne.Contains(PreviousNonSpace(t, token.NumberStart));

    public static char PreviousNonSpace(string t, int index)
    {
        var k = index - 1;
        while (k >= 0 && t[k] == ' ')
            k--;
        return k >= 0 ? t[k] : '\0';
    }
}
