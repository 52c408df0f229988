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

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = Fold(source[i]);
    });

    public static char Fold(char c) =>
        c is >= '０' and <= '９' ? (char)(c - '０' + '0') : Map.TryGetValue(c, out var folded) ? folded : c;
}
