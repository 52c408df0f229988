using System.Text;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using GovReportParser.Tests.Hostile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A made-up font in a one-page PDF that shows some of its codes, so that a test reads the same dictionary twice: as a
/// lean font and through PdfPig (the reference: its font behind the first letter drawn).
/// </summary>
internal sealed class FontPdf
{
    private readonly PdfWriter _writer = new();
    private readonly int _font;

    /// <summary>Objects the font refers to are added first (<see cref="Add"/>, <see cref="AddStream"/>), then the font.</summary>
    public FontPdf() => _font = _writer.Reserve();

    public int Add(string body) => _writer.Add(body);

    public int AddStream(string text, string extraDictionary = "") => _writer.AddStream(Encoding.ASCII.GetBytes(text), compress: true, extraDictionary);

    public int AddStream(byte[] data, string extraDictionary = "") => _writer.AddStream(data, compress: true, extraDictionary);

    /// <summary>A ToUnicode stream with these bfchar lines ("&lt;01&gt; &lt;0041&gt;").</summary>
    public int AddToUnicode(params string[] bfchar) => AddStream(CMap(bfchar));

    public static string CMap(params string[] bfchar) =>
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test-UCS def /CMapType 2 def\n"
        + "1 begincodespacerange <00> <FF> endcodespacerange\n"
        + $"{bfchar.Length} beginbfchar\n{string.Join('\n', bfchar)}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end";

    /// <summary>Sets the font's dictionary and builds the file; <paramref name="shown"/> is the hex of the string shown with it.</summary>
    public Loaded Build(string fontDictionary, string shown)
    {
        _writer.Set(_font, fontDictionary);
        var content = _writer.AddStream(Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 700 Td <{shown}> Tj ET"));
        var pages = _writer.Reserve();
        var page = _writer.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {_font} 0 R >> >> /Contents {content} 0 R >>");
        _writer.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var catalog = _writer.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return new Loaded(_writer.Build(catalog), _font);
    }

    internal sealed class Loaded(byte[] file, int fontObject)
    {
        private readonly PdfDocument _pdf = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true });

        private DictionaryToken Dictionary =>
            (DictionaryToken)_pdf.Structure.TokenScanner.Get(new UglyToad.PdfPig.Core.IndirectReference(fontObject, 0))!.Data;

        public ILeanFont Lean() => LeanFonts.Load(Dictionary, _pdf.Structure.TokenScanner, DefaultFilterProvider.Instance);

        /// <summary>PdfPig's reading of the font: the font of the page's first letter.</summary>
        public IFont Pig() => _pdf.GetPage(1).Letters[0].GetFont()!;

        public string PigName() => _pdf.GetPage(1).Letters[0].FontName!;

        /// <summary>Why the lean font refuses the dictionary (fails the test when it does not).</summary>
        public string Refusal()
        {
            try
            {
                Lean();
            }
            catch (LeanUnsupportedException e)
            {
                return e.Message;
            }
            throw new NUnit.Framework.AssertionException("the font was read, a refusal was expected");
        }
    }
}
