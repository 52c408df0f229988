using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using GovReportParser.Model;

namespace GovReportParser.Readers.Docx;

/// <summary>
/// Word documents (.docx): the body's paragraphs as line blocks and its tables as table blocks, in document order, with
/// merged cells expanded (a cell spanning columns or continuing a vertical merge leaves the later slots empty, as text
/// copies show them). Agencies circulate the official template and their drafts this way. Read with the framework's zip
/// and XML readers: a .docx is a zip of XML parts.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public Document Read(byte[] bytes, string path)
    {
        if (bytes.Length == 0)
            throw new InvalidInputException("empty file");
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
            throw new InvalidInputException("an encrypted .docx or an old binary .doc, which is not supported");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var body = Load(zip, "word/document.xml")?.Root?.Element(W + "body")
                       ?? throw new InvalidInputException("not a Word document (no word/document.xml body)");
            var title = Load(zip, "docProps/core.xml")?.Descendants(Dc + "title").FirstOrDefault()?.Value;
            var blocks = new List<Block>();
            var line = 1;
            foreach (var element in body.Elements())
            {
                if (element.Name == W + "p" && ParagraphText(element) is { Length: > 0 } text)
                {
                    foreach (var part in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                        blocks.Add(Block.FromLine(part, line++));
                    line++; // a paragraph boundary, as a blank line in text
                }
                else if (element.Name == W + "tbl" && Grid(element) is { Count: > 0 } rows)
                {
                    var tableText = string.Join('\n', rows.Select(r => string.Join('\t', r)));
                    blocks.Add(new Block(BlockKind.Table, tableText, tableText, new Provenance(line)) { Rows = rows });
                    line += rows.Count + 1;
                }
            }
            if (blocks.Count == 0)
                throw new InvalidInputException("no text in the Word document");
            var source = new SourceInfo(path, "docx", null, TxtReader.Sha256Hex(bytes));
            return new Document(source, blocks) { TitleHint = string.IsNullOrWhiteSpace(title) ? null : title.Trim() };
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException($"not a readable .docx ({e.Message})");
        }
        catch (XmlException e)
        {
            throw new InvalidInputException($"damaged Word XML ({e.Message})");
        }
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
            return null;
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.None);
    }

    /// <summary>Runs' text with tabs and breaks kept; deleted revisions and field codes left out.</summary>
    private static string ParagraphText(XElement paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node.Ancestors(W + "del").Any() || node.Ancestors(W + "instrText").Any())
                continue;
            if (node.Name == W + "t")
                text.Append(node.Value);
            else if (node.Name == W + "tab")
                text.Append('\t');
            else if (node.Name == W + "br" || node.Name == W + "cr")
                text.Append('\n');
        }
        return text.ToString().Trim(' ', '\u3000');
    }

    private static IReadOnlyList<IReadOnlyList<string>> Grid(XElement table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var tr in table.Elements(W + "tr"))
        {
            var cells = new List<string>();
            foreach (var tc in tr.Elements(W + "tc"))
            {
                var properties = tc.Element(W + "tcPr");
                var span = int.TryParse(properties?.Element(W + "gridSpan")?.Attribute(W + "val")?.Value, out var n) ? Math.Clamp(n, 1, 64) : 1;
                var merge = properties?.Element(W + "vMerge");
                var continues = merge is not null && merge.Attribute(W + "val")?.Value != "restart";
                var text = continues ? "" : string.Join("", tc.Elements(W + "p").Select(ParagraphText));
                cells.Add(text.Replace('\t', ' ').Replace('\n', ' '));
                for (var i = 1; i < span; i++)
                    cells.Add("");
            }
            if (cells.Any(c => c.Length > 0))
                rows.Add(cells);
        }
        return rows;
    }
}
