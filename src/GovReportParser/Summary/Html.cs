using System.Globalization;
using System.Text;

namespace GovReportParser.Summaries;

/// <summary>
/// Builds the page as well-formed XHTML-compatible markup: every element closed, void elements self-closed, text and
/// attributes escaped, so that the page parses as XML as well as HTML.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _out = new(64 * 1024);

    public Html Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        _out.Append(Escape(text));
        return this;
    }

    /// <summary>An element with text content: <c>&lt;td class="n"&gt;12&lt;/td&gt;</c>.</summary>
    public Html Element(string name, string? text, params (string Name, string? Value)[] attributes) =>
        Open(name, attributes).Text(text).Close(name);

    public Html Open(string name, params (string Name, string? Value)[] attributes)
    {
        _out.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
            if (value is not null)
                _out.Append(' ').Append(attribute).Append("=\"").Append(Escape(value)).Append('"');
        _out.Append('>');
        return this;
    }

    public Html Close(string name)
    {
        _out.Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>A link to a file of the output folder, by its relative path (each segment percent-encoded).</summary>
    public Html Link(string relativePath, string text) =>
        Element("a", text, ("href", Href(relativePath)));

    public static string Href(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                // Characters XML 1.0 forbids (control characters a damaged report may carry) are dropped.
                < ' ' and not ('\t' or '\n' or '\r') => sb,
                '\uFFFE' or '\uFFFF' => sb,
                _ => sb.Append(c),
            };
        return sb.ToString();
    }

    public static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => _out.ToString();
}
