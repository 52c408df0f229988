using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>One resource dictionary as the text layer looks names up in it: fonts and XObjects by reference, graphics states.</summary>
internal sealed class ResourceLevel
{
    public Dictionary<string, IndirectReference> Fonts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, IndirectReference> XObjects { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DictionaryToken> GraphicsStates { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads a resource dictionary. Shapes PdfPig treats specially (a font given inline, an XObject not given by reference)
    /// are left to it.
    /// </summary>
    public static ResourceLevel Read(DictionaryToken resources, IPdfTokenScanner scanner)
    {
        var level = new ResourceLevel();
        if (resources.TryGet(NameToken.Font, out var fontBase) && DirectObjectFinder.Get<DictionaryToken>(fontBase, scanner) is { } fonts)
            foreach (var (name, value) in fonts.Data)
            {
                if (value is IndirectReferenceToken reference)
                    level.Fonts[name] = reference.Data;
                else if (value is DictionaryToken)
                    throw new LeanUnsupportedException("a font given inline in the resources");
            }
        if (resources.TryGet(NameToken.Xobject, out var xObjectBase) && DirectObjectFinder.Get<DictionaryToken>(xObjectBase, scanner) is { } xObjects)
            foreach (var (name, value) in xObjects.Data)
            {
                if (value is NullToken)
                    continue;
                if (value is not IndirectReferenceToken reference)
                    throw new LeanUnsupportedException("an XObject not given by reference");
                level.XObjects[name] = reference.Data;
            }
        if (resources.TryGet(NameToken.ExtGState, scanner, out DictionaryToken? states))
            foreach (var (name, value) in states.Data)
                level.GraphicsStates[name] = DirectObjectFinder.Get<DictionaryToken>(value, scanner)
                    ?? throw new LeanUnsupportedException("a graphics state that is not a dictionary");
        return level;
    }
}

/// <summary>
/// The resource dictionaries in force, innermost last (the page tree's, the page's, then those of the forms being drawn):
/// a name is looked up from the innermost out, as PdfPig's resource store does.
/// </summary>
internal sealed class ResourceStack(DocumentCache cache)
{
    private readonly List<ResourceLevel> _levels = [];

    public void Push(DictionaryToken resources) => _levels.Add(cache.Resources(resources));

    public void Pop() => _levels.RemoveAt(_levels.Count - 1);

    public bool TryFont(ReadOnlySpan<char> name, out IndirectReference reference)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
            if (_levels[i].Fonts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out reference))
                return true;
        reference = default;
        return false;
    }

    public bool TryXObject(string name, out IndirectReference reference)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
            if (_levels[i].XObjects.TryGetValue(name, out reference))
                return true;
        reference = default;
        return false;
    }

    public DictionaryToken? GraphicsState(string name)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
            if (_levels[i].GraphicsStates.TryGetValue(name, out var state))
                return state;
        return null;
    }
}
