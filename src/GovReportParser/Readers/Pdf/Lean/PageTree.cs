using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>A page of the page tree with the nodes above it, the root first and the page itself last.</summary>
internal sealed record PageNode(IReadOnlyList<DictionaryToken> Path)
{
    public DictionaryToken Page => Path[^1];
}

/// <summary>
/// The pages of a document in PdfPig's order (depth first through /Kids, a node without /Type and /Kids being a page),
/// from the catalogue through the token scanner. A tree that PdfPig would have to repair (a kid that is not a reference
/// or not a dictionary, a node reached twice, a count that differs from PdfPig's) is left to PdfPig as a whole.
/// ObjectGraphGuard has already refused cyclic graphs; the visited set only keeps this walk finite on its own.
/// </summary>
internal static class PageTree
{
    public static List<PageNode> Read(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, scanner, out DictionaryToken? root))
            throw new LeanUnsupportedException("a catalogue without a page tree");
        var pages = new List<PageNode>();
        var visited = new HashSet<IndirectReference>();
        var stack = new Stack<(DictionaryToken Node, List<DictionaryToken> Path)>();
        stack.Push((root, [root]));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (path.Count > 1 && IsPage(node, scanner))
            {
                pages.Add(new PageNode(path));
                continue;
            }
            if (!node.TryGet(NameToken.Kids, scanner, out ArrayToken? kids))
                throw new LeanUnsupportedException("a page tree node without kids");
            for (var i = kids.Length - 1; i >= 0; i--)
            {
                if (kids.Data[i] is not IndirectReferenceToken reference || !visited.Add(reference.Data)
                    || DirectObjectFinder.Get<DictionaryToken>(reference, scanner) is not { } kid)
                    throw new LeanUnsupportedException("a page tree PdfPig would repair");
                stack.Push((kid, [.. path, kid]));
            }
        }
        if (pages.Count != pdf.NumberOfPages)
            throw new LeanUnsupportedException("a page tree read differently from PdfPig");
        return pages;
    }

    private static bool IsPage(DictionaryToken node, IPdfTokenScanner scanner) =>
        node.TryGet(NameToken.Type, scanner, out NameToken? type) ? type.Equals(NameToken.Page) : !node.ContainsKey(NameToken.Kids);
}
