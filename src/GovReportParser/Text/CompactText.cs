namespace GovReportParser.Text;

/// <summary>
/// The view of text that printed labels are matched in, whatever the layout: full-width forms folded to ASCII one for one
/// (so offsets are kept) and, in the compact form, every separator dropped, so a label matches whether it was wrapped,
/// spaced out, set vertically or cut into table cells. Used by structure (which template a report follows) and by the
/// table reader (where each row's label is).
/// </summary>
public static class CompactText
{
    /// <summary>White space and the pipe that text renderings of tables draw between cells.</summary>
    // No white space lies above the ideographic space, and Han text is mostly up there: char.IsWhiteSpace would look
    // each such character up in the Unicode tables.
    public static bool IsSeparator(char c) => c == '|' || (c <= '\u3000' && char.IsWhiteSpace(c));

    /// <summary>Full-width ASCII variants and the ideographic space folded to ASCII, minus signs and en dashes to '-'.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u2212' or '\u2013' => '-',
        _ => c,
    };

    public static void FoldInPlace(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Fold(chars[i]);
    }

    /// <summary>The text without its separators.</summary>
    public static string Compacted(string s)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(s.Length);
        var length = 0;
        foreach (var c in s)
            if (!IsSeparator(c))
                chars[length++] = c;
        var compact = new string(chars, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        return compact;
    }
}
