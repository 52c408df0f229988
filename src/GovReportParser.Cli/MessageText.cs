using System.Globalization;
using System.Text;

namespace GovReportParser.Cli;

/// <summary>
/// Text from outside (file names above all) made safe for a one-line message: control characters, line and paragraph
/// separators and the backslash are written as escapes (\n, \x1b, \u2028, \\), so that a name can neither split a line,
/// forge one, nor reach the terminal as an escape sequence.
/// </summary>
public static class MessageText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
            return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c <= 0xFF && char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides and isolates
    // (which can make a name display as another).
    private static bool NeedsEscape(char c) =>
        c == '\\' || char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
