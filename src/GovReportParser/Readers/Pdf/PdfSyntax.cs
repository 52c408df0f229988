namespace GovReportParser.Readers.Pdf;

/// <summary>The character classes of PDF syntax (ISO 32000-1, 7.2.2) and the end of inline image data, for the readers of content streams and CMaps.</summary>
internal static class PdfSyntax
{
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    /// <summary>
    /// Where inline image data that starts after its ID ends: just past an EI that stands alone (white space before it,
    /// white space or the end of the content after it); -1 when there is none.
    /// </summary>
    public static int InlineImageEnd(ReadOnlySpan<byte> content, int afterId)
    {
        for (var i = afterId; i + 1 < content.Length; i++)
            if (content[i] == 'E' && content[i + 1] == 'I' && IsWhite(content[i - 1]) && (i + 2 == content.Length || IsWhite(content[i + 2])))
                return i + 2;
        return -1;
    }
}
