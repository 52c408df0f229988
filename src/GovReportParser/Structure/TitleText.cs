using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>
/// A title or name line as the report means it: markdown marks dropped, a page number that a PDF extractor glued to the
/// front (-1-淮安市人民政府) dropped, white space closed, quotes and book-title marks around it dropped.
/// </summary>
public static partial class TitleText
{
    [GeneratedRegex(@"^[\s\u3000]*[-－—–]\s*[0-9]{1,4}\s*[-－—–]")]
    private static partial Regex LeadingPageNumber();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Spaces();

    public static string Clean(string text)
    {
        var t = LeadingPageNumber().Replace(Markup.Strip(text), "");
        return Spaces().Replace(t, "").Trim('《', '》', '“', '”', '"');
    }
}
