namespace GovReportParser.Normalisation;

/// <summary>Recognises a tone-marked pinyin syllable in parentheses, as copy sites insert them: <c>(fā)</c>, <c>(lǜ)</c>.</summary>
internal static class Pinyin
{
    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    private const int MaxSyllable = 6;

    /// <summary>
    /// Matches <c>(syllable)</c> at <paramref name="at"/>; with <paramref name="openOptional"/> also <c>syllable)</c>, the form
    /// left when mojibake ate the opening parenthesis. A syllable needs a tone mark or ü, so <c>(a)</c> or <c>(de)</c> never match.
    /// </summary>
    public static bool TryMatch(string text, int at, bool openOptional, out int length, out string syllable)
    {
        length = 0;
        syllable = "";
        var i = at;
        if (i < text.Length && text[i] == '(')
            i++;
        else if (!openOptional)
            return false;
        var start = i;
        var toned = false;
        while (i < text.Length && i - start <= MaxSyllable && IsLetter(text[i]))
        {
            toned |= ToneMarked.Contains(text[i]);
            i++;
        }
        if (!toned || i == start || i - start > MaxSyllable || i >= text.Length || text[i] != ')')
            return false;
        syllable = text[start..i];
        length = i + 1 - at;
        return true;
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' || ToneMarked.Contains(c);
}
