using System.Text;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Hostile PDFs of the shapes issue 13 found, made at test time: reference cycles, decompression and fan-out bombs, a huge
/// page count, a page crowded with glyphs. Each is small on disk; the text they carry is plain ASCII in a standard font.
/// </summary>
internal static class HostilePdfs
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private const string MediaBox = "[0 0 595 842]";

    /// <summary>A line of text enough for a text layer.</summary>
    public static byte[] TextContent(string text = "Annual report on government information disclosure") =>
        Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 760 Td ({text}) Tj ET\n");

    /// <summary>A one-page file with the given resources (PDF syntax; <c>{font}</c> stands for the font object) and content.</summary>
    public static byte[] OnePage(Func<PdfWriter, int, string> resources, Func<PdfWriter, int> content, Func<PdfWriter, string>? mediaBox = null)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var font = pdf.Add(Font);
        var contents = content(pdf);
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox {mediaBox?.Invoke(pdf) ?? MediaBox} /Resources {resources(pdf, font)} /Contents {contents} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>Two objects each of which is a reference to the other.</summary>
    private static string Loop(PdfWriter pdf)
    {
        var first = pdf.Reserve();
        var second = pdf.Reserve();
        pdf.Set(first, $"{second} 0 R");
        pdf.Set(second, $"{first} 0 R");
        return $"{first} 0 R";
    }

    private static string FontOnly(int font) => $"<< /Font << /F1 {font} 0 R >> >>";

    /// <summary>A plain readable one-page file (the control case).</summary>
    public static byte[] Plain() => OnePage((_, font) => FontOnly(font), pdf => pdf.AddStream(TextContent()));

    /// <summary>Two Form XObjects that draw each other.</summary>
    public static byte[] FormCycle()
    {
        return OnePage((pdf, font) =>
        {
            var resources = pdf.Reserve();
            var a = pdf.Reserve();
            var b = pdf.Reserve();
            pdf.Set(resources, $"<< /Font << /F1 {font} 0 R >> /XObject << /A {a} 0 R /B {b} 0 R >> >>");
            pdf.SetStream(a, [.. TextContent(), .. "/B Do\n"u8], extraDictionary: $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources} 0 R");
            pdf.SetStream(b, "/A Do\n"u8.ToArray(), extraDictionary: $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources} 0 R");
            return $"{resources} 0 R";
        }, pdf => pdf.AddStream([.. TextContent(), .. "/A Do\n"u8]));
    }

    /// <summary>Page resources that are a chain of references that loops.</summary>
    public static byte[] ResourcesCycle()
    {
        return OnePage((pdf, _) => Loop(pdf), pdf => pdf.AddStream(TextContent()));
    }

    /// <summary>A page whose /MediaBox is a chain of references that loops.</summary>
    public static byte[] MediaBoxCycle()
    {
        return OnePage((_, font) => FontOnly(font), pdf => pdf.AddStream(TextContent()), pdf => Loop(pdf));
    }

    /// <summary>Builds the page tree by hand: an inherited /MediaBox (on the Pages node) whose value refers to itself.</summary>
    public static byte[] InheritedMediaBoxCycle()
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var box = pdf.Reserve();
        var font = pdf.Add(Font);
        var contents = pdf.AddStream(TextContent());
        pdf.Set(box, $"[0 0 {box} 0 R 842]");
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /Resources {FontOnly(font)} /Contents {contents} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 /MediaBox {box} 0 R >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>
    /// A plain page whose catalogue also holds a structure tree and outlines that are chains of references that loop: parts
    /// of the file the reader never reads.
    /// </summary>
    public static byte[] CycleOutsideThePageTree()
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var font = pdf.Add(Font);
        var contents = pdf.AddStream(TextContent());
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox {MediaBox} /Resources {FontOnly(font)} /Contents {contents} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /StructTreeRoot {Loop(pdf)} /Outlines {Loop(pdf)} >>");
        return pdf.Build(catalog);
    }

    /// <summary>A small content stream that inflates to <paramref name="megabytes"/> MB of path operators.</summary>
    public static byte[] PathBomb(int megabytes)
    {
        var line = "0 0 m 1 1 l S\n"u8.ToArray();
        var data = new byte[megabytes * 1024 * 1024];
        for (var i = 0; i + line.Length <= data.Length; i += line.Length)
            line.CopyTo(data, i);
        return OnePage((_, font) => FontOnly(font), pdf => pdf.AddStream([.. TextContent(), .. data], compress: true));
    }

    /// <summary>
    /// Form XObjects in <paramref name="levels"/> levels, each drawing the next level <paramref name="fanOut"/> times: a
    /// few hundred bytes that stand for fanOut^levels drawings of a text line.
    /// </summary>
    public static byte[] FormFanOut(int levels, int fanOut)
    {
        return OnePage((pdf, font) =>
        {
            var resources = pdf.Reserve();
            var forms = Enumerable.Range(0, levels).Select(_ => pdf.Reserve()).ToArray();
            pdf.Set(resources, $"<< /Font << /F1 {font} 0 R >> /XObject << {string.Concat(forms.Select((f, i) => $"/L{i} {f} 0 R "))}>> >>");
            for (var i = 0; i < levels; i++)
            {
                var body = i == levels - 1 ? TextContent() : Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"/L{i + 1} Do\n", fanOut)));
                pdf.SetStream(forms[i], body, extraDictionary: $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources} 0 R");
            }
            return $"{resources} 0 R";
        }, pdf => pdf.AddStream([.. TextContent(), .. "/L0 Do\n"u8]));
    }

    /// <summary>A page tree of <paramref name="count"/> pages that all share one content stream.</summary>
    public static byte[] ManyPages(int count)
    {
        var pdf = new PdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var font = pdf.Add(Font);
        var contents = pdf.AddStream(TextContent());
        var kids = new StringBuilder();
        for (var i = 0; i < count; i++)
            kids.Append(pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox {MediaBox} /Resources {FontOnly(font)} /Contents {contents} 0 R >>")).Append(" 0 R ");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{kids}] /Count {count} >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>Headings set in fake bold (each line drawn twice, 0.3 pt apart) above plain body lines of repeated glyphs.</summary>
    public static byte[] FakeBold()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5; i++)
        {
            var y = 780 - i * 40;
            text.Append($"BT /F1 14 Tf 72 {y} Td (Section {i} heading) Tj ET\n");
            text.Append($"BT /F1 14 Tf 72.3 {y} Td (Section {i} heading) Tj ET\n");
            text.Append($"BT /F1 10 Tf 72 {y - 16} Td (1111 0000 1111 0000 1111 0000 1111) Tj ET\n");
        }
        return OnePage((_, font) => FontOnly(font), pdf => pdf.AddStream(Encoding.ASCII.GetBytes(text.ToString())));
    }

    /// <summary>One page with <paramref name="rows"/> × <paramref name="columns"/> glyphs in a small type size.</summary>
    public static byte[] CrowdedPage(int rows, int columns)
    {
        var text = new StringBuilder("BT /F1 2 Tf 2.4 TL 10 2000 Td\n");
        var row = new string('8', columns);
        for (var r = 0; r < rows; r++)
            text.Append('(').Append(row).Append(") '\n");
        text.Append("ET\n");
        return OnePage((_, font) => FontOnly(font), pdf => pdf.AddStream(Encoding.ASCII.GetBytes(text.ToString()), compress: true),
            _ => $"[0 0 {columns * 2} 2010]");
    }
}
