namespace GovReportParser.Readers.Pdf;

/// <summary>
/// A content stream read just far enough to know which XObjects it draws and how often (<c>/Name Do</c>): strings,
/// comments, dictionaries and inline image data are skipped so that nothing inside them is taken for an operator.
/// </summary>
internal static class ContentScan
{
    public static Dictionary<string, int> DrawnXObjects(ReadOnlySpan<byte> content)
    {
        var drawn = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastName = null;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (PdfSyntax.IsWhite(c))
                i++;
            else if (c == '%')
                i = SkipTo(content, i, b => b is (byte)'\n' or (byte)'\r');
            else if (c == '(')
                i = SkipString(content, i);
            else if (c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}')
            {
                i++;
                lastName = null;
            }
            else if (c == '/')
            {
                var end = SkipTo(content, i + 1, b => PdfSyntax.IsWhite(b) || PdfSyntax.IsDelimiter(b));
                lastName = System.Text.Encoding.Latin1.GetString(content[(i + 1)..end]);
                i = end;
            }
            else
            {
                var end = SkipTo(content, i, b => PdfSyntax.IsWhite(b) || PdfSyntax.IsDelimiter(b));
                if (end == i)
                    end++;
                var word = content[i..end];
                if (word.SequenceEqual("Do"u8) && lastName is not null)
                    drawn[lastName] = drawn.GetValueOrDefault(lastName) + 1;
                if (word.SequenceEqual("ID"u8))
                    end = SkipInlineImage(content, end);
                if (!IsNumber(word))
                    lastName = null;
                i = end;
            }
        }
        return drawn;
    }

    private static bool IsNumber(ReadOnlySpan<byte> word)
    {
        foreach (var b in word)
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+'))
                return false;
        return true;
    }

    private static int SkipTo(ReadOnlySpan<byte> content, int i, Func<byte, bool> stop)
    {
        while (i < content.Length && !stop(content[i]))
            i++;
        return i;
    }

    /// <summary>Past a literal string: balanced parentheses, backslash escapes.</summary>
    private static int SkipString(ReadOnlySpan<byte> content, int i)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\')
                i++;
            else if (c == '(')
                depth++;
            else if (c == ')' && --depth == 0)
                return i + 1;
        }
        return content.Length;
    }

    /// <summary>Past inline image data: up to <c>EI</c> standing alone.</summary>
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i) =>
        PdfSyntax.InlineImageEnd(content, i) is var end and >= 0 ? end : content.Length;
}
