using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Folds the characters that hide numbers from extraction: full-width digits and Latin letters, <c>％</c> and <c>．</c>
/// become ASCII, no-break spaces plain spaces, and CJK compatibility ideographs (U+F900–FAFF, which PDFs emit) become their unified forms.
/// Chinese punctuation (，。：（）…) is kept: it is the text's own, and structure reads it.
/// </summary>
public sealed class FullWidthNormaliser : INormaliser
{
    public static FullWidthNormaliser Default { get; } = new();

    private static readonly char[] Fold = BuildFold();

    public Document Normalise(Document document, Diagnostics diagnostics) => document.RewriteTexts(b => Apply(b.Text));

    internal static string Apply(string text)
    {
        var first = IndexOfFoldable(text);
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
            if (Fold[chars[i]] is var f && f != '\0')
                chars[i] = f;
        return new string(chars);
    }

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (Fold[text[i]] != '\0')
                return i;
        return -1;
    }

    private static char[] BuildFold()
    {
        var fold = new char[char.MaxValue + 1];
        for (var c = '０'; c <= '９'; c++) fold[c] = (char)('0' + (c - '０'));
        for (var c = 'Ａ'; c <= 'Ｚ'; c++) fold[c] = (char)('A' + (c - 'Ａ'));
        for (var c = 'ａ'; c <= 'ｚ'; c++) fold[c] = (char)('a' + (c - 'ａ'));
        fold['％'] = '%';
        fold['．'] = '.';
        fold['\u00A0'] = ' ';  // no-break spaces from HTML and Word pad lines; spacing treats them as the spaces they look like
        // The NFKC mapping, shipped as data: with invariant globalization string.Normalize cannot fold these.
        foreach (var (compatibility, unified) in OpenCcDictionary.LoadEmbedded("CjkCompatibilityIdeographs"))
            if (compatibility.Length == 1 && unified.Length == 1)
                fold[compatibility[0]] = unified[0];
        return fold;
    }
}
