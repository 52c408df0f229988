namespace GovReportParser.Readers.Pdf;

/// <summary>Character classes that decide whether a gap between two glyphs is a word space.</summary>
internal static class CjkText
{
    /// <summary>Han ideographs, CJK punctuation, full-width forms: text written without spaces between characters.</summary>
    public static bool IsWideScript(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'      // radicals, CJK punctuation, kana, Han (incl. extension A)
        || c is >= '\uF900' and <= '\uFAFF'   // compatibility ideographs
        || c is >= '\uFE30' and <= '\uFE4F'   // vertical forms
        || c is >= '\uFF00' and <= '\uFFEF'   // full-width forms
        || c is '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7'
        || char.IsSurrogate(c);

    /// <summary>How two pieces of text meet: nothing between wide-script characters, one space between words of other scripts.</summary>
    public static string Joiner(string left, string right) =>
        left.Length == 0 || right.Length == 0 || IsWideScript(left[^1]) || IsWideScript(right[0]) ? "" : " ";
}
