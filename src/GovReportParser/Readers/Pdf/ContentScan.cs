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
            if (IsWhite(c))
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
                var end = SkipTo(content, i + 1, b => IsWhite(b) || IsDelimiter(b));
                lastName = System.Text.Encoding.Latin1.GetString(content[(i + 1)..end]);
                i = end;
            }
            else
            {
                var end = SkipTo(content, i, b => IsWhite(b) || IsDelimiter(b));
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

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

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
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        for (i++; i + 1 < content.Length; i++)
            if (content[i] == 'E' && content[i + 1] == 'I' && IsWhite(content[i - 1]) && (i + 2 == content.Length || IsWhite(content[i + 2])))
                return i + 2;
        return content.Length;
    }
}
