using System.Text;
using System.Xml;

namespace GovReportParser.Readers.Docx;

/// <summary>
/// Reads WordprocessingML as a stream, one node at a time: memory is the text kept, and time is linear whatever the
/// nesting (100,000 nested runs read like 100,000 runs in a row). Every method here is handed a reader on an element's
/// start tag and leaves it on the node after that element's end.
/// </summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Word writes no DTD; refusing one rules out entity expansion. Insignificant white space is dropped, as XML trees do.</summary>
    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    });

    /// <summary>Calls <paramref name="visit"/> on each child element; <paramref name="visit"/> must read or skip it whole.</summary>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> visit)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType == XmlNodeType.Element)
                visit(reader);
            else
                reader.Read();
        }
        reader.Read();
    }

    public static bool IsW(XmlReader reader, string localName) => reader.LocalName == localName && reader.NamespaceURI == W;

    /// <summary>A paragraph's runs' text with tabs and breaks kept; deleted revisions and field codes left out.</summary>
    public static string ParagraphText(XmlReader reader)
    {
        var text = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        var textDepth = -1; // the depth of the <w:t> being read, or -1
        reader.Read();
        while (!reader.EOF && !(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == W:
                    switch (reader.LocalName)
                    {
                        case "del" or "instrText":
                            reader.Skip();
                            continue;
                        case "t" when textDepth < 0 && !reader.IsEmptyElement:
                            textDepth = reader.Depth;
                            break;
                        case "tab":
                            text.Append('\t');
                            break;
                        case "br" or "cr":
                            text.Append('\n');
                            break;
                    }
                    break;
                case XmlNodeType.EndElement when reader.Depth == textDepth:
                    textDepth = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when textDepth >= 0:
                    text.Append(reader.Value);
                    break;
            }
            reader.Read();
        }
        reader.Read();
        return text.ToString().Trim(' ', '\u3000');
    }

    /// <summary>
    /// A table's rows with merged cells expanded: a cell spanning columns (gridSpan) or continuing a vertical merge
    /// leaves the later slots empty, as text copies show them. Rows with no text are dropped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Table(XmlReader reader)
    {
        var rows = new List<IReadOnlyList<string>>();
        ForEachChild(reader, tr =>
        {
            if (!IsW(tr, "tr"))
            {
                tr.Skip();
                return;
            }
            var cells = new List<string>();
            ForEachChild(tr, tc =>
            {
                if (IsW(tc, "tc"))
                    Cell(tc, cells);
                else
                    tc.Skip();
            });
            if (cells.Any(c => c.Length > 0))
                rows.Add(cells);
        });
        return rows;
    }

    private const int MaxGridSpan = 64;

    private static void Cell(XmlReader reader, List<string> cells)
    {
        int? span = null;
        var continues = false;
        var paragraphs = new List<string>();
        ForEachChild(reader, child =>
        {
            if (IsW(child, "p"))
                paragraphs.Add(ParagraphText(child));
            else if (IsW(child, "tcPr"))
                ForEachChild(child, property =>
                {
                    if (IsW(property, "gridSpan"))
                        span ??= int.TryParse(property.GetAttribute("val", W), out var n) ? Math.Clamp(n, 1, MaxGridSpan) : 1;
                    else if (IsW(property, "vMerge"))
                        continues = property.GetAttribute("val", W) != "restart";
                    property.Skip();
                });
            else
                child.Skip();
        });
        var text = continues ? "" : string.Concat(paragraphs);
        cells.Add(text.Replace('\t', ' ').Replace('\n', ' '));
        for (var i = 1; i < (span ?? 1); i++)
            cells.Add("");
    }
}
