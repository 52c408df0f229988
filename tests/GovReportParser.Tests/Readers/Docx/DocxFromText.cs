using System.IO.Compression;
using System.Security;
using System.Text;

namespace GovReportParser.Tests.Readers.Docx;

/// <summary>
/// Writes a minimal .docx from a text report: each line a paragraph, each run of tab-separated lines a Word table whose
/// empty leading cells are merged into the cell before them (gridSpan), as Word writes merged header cells.
/// </summary>
internal static class DocxFromText
{
    public static byte[] Make(string text, string? title = null)
    {
        var body = new StringBuilder();
        var lines = text.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t'))
            {
                if (lines[i].Trim().Length > 0)
                    body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(lines[i])).Append("</w:t></w:r></w:p>");
                continue;
            }
            body.Append("<w:tbl>");
            for (; i < lines.Length && lines[i].Contains('\t'); i++)
                body.Append(Row(lines[i].Split('\t')));
            body.Append("</w:tbl>");
            i--;
        }
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
        {
            Add(zip, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>");
            if (title is not null)
                Add(zip, "docProps/core.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
                    + SecurityElement.Escape(title) + "</dc:title></cp:coreProperties>");
        }
        return memory.ToArray();
    }

    /// <summary>A cell followed by empty cells spans them (gridSpan), so the reader must expand the span back.</summary>
    private static string Row(string[] cells)
    {
        var row = new StringBuilder("<w:tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var span = 1;
            while (cells[i].Length > 0 && i + span < cells.Length && cells[i + span].Length == 0 && i + span < cells.Length - 1)
                span++;
            row.Append("<w:tc>");
            if (span > 1)
                row.Append($"<w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>");
            row.Append("<w:p><w:r><w:t>").Append(SecurityElement.Escape(cells[i])).Append("</w:t></w:r></w:p></w:tc>");
            i += span - 1;
        }
        return row.Append("</w:tr>").ToString();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
