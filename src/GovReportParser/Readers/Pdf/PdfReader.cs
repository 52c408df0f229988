using GovReportParser.Model;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// PDF reports with a text layer (Word, WPS, LibreOffice output; CID fonts included): lines in reading order built from
/// letters, page furniture marked, ruled tables as <see cref="BlockKind.Table"/> blocks (a table split by a page break
/// joined), each block with its page. Scanned, encrypted and broken files are refused with the reason; no OCR.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    /// <summary>Fewer visible characters than this in the whole file means there is no usable text layer.</summary>
    private const int MinTextCharacters = 20;

    /// <summary>Turns one page PdfPig has read into its lines and tables.</summary>
    internal delegate PageContent PageReader(Page page, int number, out int letterCount, ICollection<Warning> warnings);

    private readonly PageReader _readPage;
    private readonly FontLoader? _leanFonts;

    public PdfReader() : this(PdfPageReader.Read, LeanFonts.Load) { }

    /// <summary>With another page reader: tests use it to check that a failure of ours is not mistaken for a damaged page.</summary>
    internal PdfReader(PageReader readPage) : this(readPage, null) { }

    /// <summary>
    /// With the lean text layer reading pages with these fonts (null: every page through PdfPig), and PdfPig's pages, where
    /// the lean layer gives a page up, through <paramref name="readPage"/>.
    /// </summary>
    internal PdfReader(PageReader readPage, FontLoader? leanFonts)
    {
        _readPage = readPage;
        _leanFonts = leanFonts;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public Document Read(byte[] bytes, string path) => Read(bytes, path, null);

    /// <summary>As <see cref="Read(byte[], string)"/>, adding the pages the lean text layer left to PdfPig to <paramref name="leanFallbacks"/> (tests count them).</summary>
    internal Document Read(byte[] bytes, string path, List<(int Page, string Reason)>? leanFallbacks)
    {
        if (bytes.Length == 0)
            throw new InvalidInputException("empty file");
        if (!HasPdfHeader(bytes))
            throw new InvalidInputException("not a PDF (no %PDF header)");

        var glyphs = new UnmappedGlyphLog();
        var warnings = new List<Warning>();
        var budget = new DecodeBudget();
        var filters = new BoundedFilterProvider(budget);
        using var pdf = Open(bytes, glyphs, filters);
        var count = PageCount(pdf);
        if (count > PdfLimits.MaxPages)
            throw new InvalidInputException($"PDF of {count:N0} pages is over the limit of {PdfLimits.MaxPages:N0} pages");
        ObjectGraphGuard.Check(pdf, filters, budget);
        var lean = _leanFonts is null ? null : LeanTextLayer.Open(pdf, filters, _leanFonts);
        var pages = ReadPages(pdf, lean, count, budget, glyphs, warnings, out var letterCount);
        if (lean is not null)
            leanFallbacks?.AddRange(lean.Fallbacks);
        if (letterCount < MinTextCharacters)
            throw new InvalidInputException("no text layer (scanned PDF?); OCR is not supported");
        if (glyphs.Count > 0)
            warnings.Add(new Warning("pdf-unmapped-glyphs",
                $"{glyphs.Count} character(s) have no Unicode mapping in their font; their text is unreliable"));
        warnings.AddRange(GarbledText.Drop(pages));
        if (pages.Count == 0)
            throw new InvalidInputException(
                $"no readable text layer: {glyphs.Count} characters have no Unicode mapping in their fonts; OCR is not supported");

        PageFurniture.Mark(pages);
        TableContinuation.Join(pages);
        var info = PdfInfo.TryRead(pdf);
        return new Document(new SourceInfo(path, "pdf", null, TxtReader.Sha256Hex(bytes)), BlockAssembler.Assemble(pages))
        {
            TitleHint = info.Title,
            ContainerMetadata = info.Fields,
            ReaderWarnings = warnings,
        };
    }

    private static PdfDocument Open(byte[] bytes, UnmappedGlyphLog log, BoundedFilterProvider filters)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, Logger = log, FilterProvider = filters });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InvalidInputException("encrypted PDF: a password is required to open it");
        }
        catch (Exception e) when (IsPdfPigFailure(e))
        {
            throw new InvalidInputException($"broken PDF: {OneLine(e.Message)}");
        }
    }

    private static int PageCount(PdfDocument pdf)
    {
        try
        {
            return pdf.NumberOfPages;
        }
        catch (Exception e) when (IsPdfPigFailure(e))
        {
            throw new InvalidInputException($"broken PDF: {OneLine(e.Message)}");
        }
    }

    /// <summary>
    /// Pages one by one. Only PdfPig's own calls are guarded: a page PdfPig cannot read is skipped with a warning, while an
    /// exception from this project's code (line building, tables) is a bug and surfaces as one.
    /// </summary>
    private List<PageContent> ReadPages(PdfDocument pdf, LeanTextLayer? lean, int count, DecodeBudget budget, UnmappedGlyphLog glyphs,
        List<Warning> warnings, out int letterCount)
    {
        var pages = new List<PageContent>();
        letterCount = 0;
        string? firstError = null;
        for (var n = 1; n <= count; n++)
        {
            budget.StartPage();
            if (lean?.TryRead(n) is { } leanPage)
            {
                pages.Add(PdfPageReader.Read(leanPage, n, out var leanLetters, warnings));
                letterCount += leanLetters;
                glyphs.Add(leanPage.Unmapped);
                if (leanLetters == 0 && leanPage.HasImages)
                    warnings.Add(PageWithoutText(n));
                continue;
            }
            // A page the lean layer gave up on is counted against its allowance once, as PdfPig decodes it again.
            budget.StartPage();
            Page page;
            try
            {
                page = pdf.GetPage(n);
            }
            catch (Exception e) when (IsPdfPigFailure(e))
            {
                budget.ThrowIfRefused();
                firstError ??= OneLine(e.Message);
                warnings.Add(new Warning("pdf-page-unreadable", $"page {n} cannot be read: {OneLine(e.Message)}"));
                continue;
            }
            budget.ThrowIfRefused();
            pages.Add(_readPage(page, n, out var letters, warnings));
            letterCount += letters;
            // A page with neither text nor images is just blank (LibreOffice leaves one before an oversized title).
            if (letters == 0 && HasImages(page))
                warnings.Add(PageWithoutText(n));
        }
        if (pages.Count == 0)
            throw new InvalidInputException(count == 0 ? "broken PDF: it has no pages" : $"broken PDF: no page can be read ({firstError})");
        return pages;
    }

    private static Warning PageWithoutText(int page) =>
        new("pdf-page-without-text", $"page {page} has images but no text layer (scanned?); its content is not read");

    private static bool HasImages(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception e) when (IsPdfPigFailure(e))
        {
            return false;
        }
    }

    /// <summary>What PdfPig throws on a damaged file; our refusals and running out of memory are not that.</summary>
    private static bool IsPdfPigFailure(Exception e) => e is not InvalidInputException and not OutOfMemoryException;

    /// <summary>The header may follow some junk, but must come within the first kilobyte (as readers allow).</summary>
    private static bool HasPdfHeader(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
