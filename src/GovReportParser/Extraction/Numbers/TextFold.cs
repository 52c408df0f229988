namespace GovReportParser.Extraction.Numbers;

/// <summary>
/// Folds the characters number reading depends on (full-width digits, ％, ．, ideographic space, the traditional forms
/// of measure words and numerals) one for one, so that offsets in the folded text are offsets in the original:
/// text may reach extraction un-normalised (a reader without a normaliser, a library caller).
/// </summary>
public static class TextFold
{
    private static readonly Dictionary<char, char> Map = new()
    {
        ['％'] = '%', ['．'] = '.', ['　'] = ' ', ['\u00A0'] = ' ',
        ['條'] = '条', ['個'] = '个', ['項'] = '项', ['場'] = '场', ['萬'] = '万', ['億'] = '亿', ['餘'] = '余',
        ['約'] = '约', ['數'] = '数', ['兩'] = '两', ['幾'] = '几', ['貳'] = '贰', ['陸'] = '陆', ['類'] = '类',
        ['戶'] = '户', ['張'] = '张', ['臺'] = '台', ['週'] = '周', ['來'] = '来',
    };

    private static readonly System.Buffers.SearchValues<char> Foldable =
        System.Buffers.SearchValues.Create(string.Concat(Map.Keys) + "０１２３４５６７８９");

    /// <summary>The folded text; the same instance when nothing in it folds, as is usual after normalisation.</summary>
    public static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(Foldable);
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            for (var i = first; i < source.Length; i++)
                span[i] = Fold(source[i]);
        });
    }

    public static char Fold(char c) =>
        c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c < '\u00A0' ? c : Map.TryGetValue(c, out var folded) ? folded : c;
}
