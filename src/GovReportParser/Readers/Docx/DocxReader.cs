using System.IO.Compression;
using System.Xml;
using GovReportParser.Model;

namespace GovReportParser.Readers.Docx;

/// <summary>
/// Word documents (.docx): the body's paragraphs as line blocks and its tables as table blocks, in document order, with
/// merged cells expanded (<see cref="WordXml.Table"/>). Agencies circulate the official template and their drafts this way.
/// Read with the framework's zip and streaming XML readers (a .docx is a zip of XML parts), each part held to
/// <see cref="InflateLimit"/>.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
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
            var blocks = ReadBody(zip) ?? throw new InvalidInputException("not a Word document (no word/document.xml body)");
            if (blocks.Count == 0)
                throw new InvalidInputException("no text in the Word document");
            var title = ReadTitle(zip);
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

    /// <summary>The body's paragraphs and tables as blocks, or null when the document has no body.</summary>
    private static List<Block>? ReadBody(ZipArchive zip)
    {
        if (zip.GetEntry("word/document.xml") is not { } entry)
            return null;
        using var reader = WordXml.Create(InflateLimit.Open(entry));
        if (!reader.ReadToFollowing("document", WordXml.W) || !reader.ReadToDescendant("body", WordXml.W))
            return null;
        var blocks = new List<Block>();
        var line = 1;
        WordXml.ForEachChild(reader, element =>
        {
            if (WordXml.IsW(element, "p"))
            {
                var text = WordXml.ParagraphText(element);
                if (text.Length == 0)
                    return;
                foreach (var part in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    blocks.Add(Block.FromLine(part, line++));
                line++; // a paragraph boundary, as a blank line in text
            }
            else if (WordXml.IsW(element, "tbl"))
            {
                var rows = WordXml.Table(element);
                if (rows.Count == 0)
                    return;
                var tableText = string.Join('\n', rows.Select(r => string.Join('\t', r)));
                blocks.Add(new Block(BlockKind.Table, tableText, tableText, new Provenance(line)) { Rows = rows });
                line += rows.Count + 1;
            }
            else
                element.Skip();
        });
        return blocks;
    }

    /// <summary>The title of the document properties (dc:title), if any.</summary>
    private static string? ReadTitle(ZipArchive zip)
    {
        if (zip.GetEntry("docProps/core.xml") is not { } entry)
            return null;
        using var reader = WordXml.Create(InflateLimit.Open(entry));
        return reader.ReadToFollowing("title", DublinCore) ? reader.ReadElementContentAsString() : null;
    }

    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
}
