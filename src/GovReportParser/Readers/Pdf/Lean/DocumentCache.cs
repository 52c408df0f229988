using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>Reads a font dictionary into a font; throws <see cref="LeanUnsupportedException"/> for a font it does not read.</summary>
internal delegate ILeanFont FontLoader(DictionaryToken font, IPdfTokenScanner scanner, IFilterProvider filters);

/// <summary>
/// What the pages of one document share: fonts by their object reference (a font a page could not use is remembered as
/// such, so that later pages give up on it at once), and resource dictionaries once read.
/// </summary>
internal sealed class DocumentCache(IPdfTokenScanner scanner, IFilterProvider filters, FontLoader loadFont)
{
    private readonly Dictionary<IndirectReference, ILeanFont> _fonts = [];
    private readonly Dictionary<IndirectReference, string> _refusedFonts = [];
    private readonly Dictionary<DictionaryToken, ResourceLevel> _resources = new(ReferenceEqualityComparer.Instance);

    public IPdfTokenScanner Scanner => scanner;

    public IFilterProvider Filters => filters;

    public ILeanFont Font(IndirectReference reference)
    {
        if (_fonts.TryGetValue(reference, out var font))
            return font;
        if (_refusedFonts.TryGetValue(reference, out var reason))
            throw new LeanUnsupportedException(reason);
        var dictionary = DirectObjectFinder.Get<DictionaryToken>(new IndirectReferenceToken(reference), scanner)
            ?? throw new LeanUnsupportedException("a font reference that is not a dictionary");
        try
        {
            font = loadFont(dictionary, scanner, filters);
        }
        catch (LeanUnsupportedException e)
        {
            _refusedFonts[reference] = e.Message;
            throw;
        }
        _fonts[reference] = font;
        return font;
    }

    public ResourceLevel Resources(DictionaryToken resources)
    {
        if (!_resources.TryGetValue(resources, out var level))
            _resources[resources] = level = ResourceLevel.Read(resources, scanner);
        return level;
    }
}
