using GovReportParser.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// A pass over a PDF's page tree (every object its pages reach) before any page is read, with an explicit stack, for the shapes that make PdfPig
/// recurse without end (a stack overflow cannot be caught: it ends the process) or draw without end:
/// objects that are references to each other in a loop (a page's /Resources or its inherited /MediaBox), Form XObjects that
/// draw each other in a loop, and Form XObjects that fan out (each drawing the next many times) past the content allowance
/// of a page. Bounding PdfPig from outside (its MaxStackDepth, a thread with a larger stack) does not help here: a cycle
/// overflows any stack, and PdfPig only notices a form that draws itself directly.
/// </summary>
internal sealed class ObjectGraphGuard
{
    private static readonly NameToken XObject = NameToken.Create("XObject");

    private readonly IPdfTokenScanner _scanner;
    private readonly IFilterProvider _filters;
    private readonly DecodeBudget _budget;
    private readonly HashSet<IndirectReference> _visited = [];
    private readonly Dictionary<IndirectReference, StreamToken> _forms = [];
    private readonly List<DictionaryToken> _pages = [];
    private readonly List<DictionaryToken> _xObjectDictionaries = [];

    private ObjectGraphGuard(IPdfTokenScanner scanner, IFilterProvider filters, DecodeBudget budget)
    {
        _scanner = scanner;
        _filters = filters;
        _budget = budget;
    }

    /// <summary>Throws <see cref="InvalidInputException"/> when the document has one of the shapes above.</summary>
    public static void Check(PdfDocument pdf, IFilterProvider filters, DecodeBudget budget)
    {
        var guard = new ObjectGraphGuard(pdf.Structure.TokenScanner, filters, budget);
        // Only the page tree: the reader reads nothing else of the catalogue after opening (outlines, the structure tree of a
        // tagged PDF, forms and metadata are never read), and a tagged PDF's structure tree can hold most of its objects.
        if (pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var pageTree))
            guard.Walk(pageTree);
        guard.CheckDrawing();
    }

    /// <summary>Visits every object reachable from the root once, noting pages, Form XObjects and XObject dictionaries.</summary>
    private void Walk(IToken root)
    {
        var stack = new Stack<IToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IndirectReferenceToken reference when _visited.Add(reference.Data):
                    var target = Follow(reference.Data);
                    if (target is StreamToken form && IsForm(form.StreamDictionary))
                        _forms[reference.Data] = form;
                    if (target is not null)
                        stack.Push(target);
                    break;
                case DictionaryToken dictionary:
                    Note(dictionary);
                    foreach (var value in dictionary.Data.Values)
                        stack.Push(value);
                    break;
                case StreamToken stream:
                    stack.Push(stream.StreamDictionary);
                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                        stack.Push(item);
                    break;
            }
        }
    }

    private void Note(DictionaryToken dictionary)
    {
        if (dictionary.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.Page))
            _pages.Add(dictionary);
        if (dictionary.TryGet(XObject, out var xObjects) && Direct(xObjects) is DictionaryToken names)
            _xObjectDictionaries.Add(names);
    }

    /// <summary>The object a reference stands for, following references to references; a loop among them is refused.</summary>
    private IToken? Follow(IndirectReference start)
    {
        var chain = new List<IndirectReference> { start };
        var current = start;
        while (true)
        {
            var token = Get(current);
            if (token is not IndirectReferenceToken next)
                return token;
            if (chain.Contains(next.Data))
                throw new InvalidInputException($"broken PDF: objects {string.Join(", ", chain.Select(r => r.ObjectNumber))} refer to each other in a loop");
            chain.Add(next.Data);
            _visited.Add(next.Data);
            current = next.Data;
        }
    }

    private IToken? Direct(IToken token) => token is IndirectReferenceToken reference ? Follow(reference.Data) : token;

    /// <summary>One object from PdfPig's scanner; a damaged one is left for PdfPig to report when it reads the page.</summary>
    private IToken? Get(IndirectReference reference)
    {
        try
        {
            return _scanner.Get(reference)?.Data;
        }
        catch (Exception e) when (e is not InvalidInputException and not OutOfMemoryException)
        {
            return null;
        }
    }

    private static bool IsForm(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Subtype, out NameToken subtype) && subtype.Equals(NameToken.Form);

    /// <summary>Form XObjects as a graph of who draws whom how often: a loop is refused, and so is a page that draws too much.</summary>
    private void CheckDrawing()
    {
        // Unfiltered content is not seen by the decode budget: its size is known without decoding it.
        foreach (var page in _pages)
            if (ContentStreams(page).Where(s => !s.StreamDictionary.ContainsKey(NameToken.Filter)).Sum(s => (long)s.Data.Length) > PdfLimits.MaxContentBytesPerPage)
                throw new InvalidInputException($"a page's content is more than {PdfLimits.MaxContentBytesPerPage / (1024 * 1024)} MiB");
        if (_forms.Count == 0)
            return;
        var contexts = new Dictionary<IndirectReference, List<DictionaryToken>>();
        foreach (var names in _xObjectDictionaries)
            foreach (var value in names.Data.Values)
                if (value is IndirectReferenceToken r && _forms.ContainsKey(r.Data))
                    (contexts.TryGetValue(r.Data, out var list) ? list : contexts[r.Data] = []).Add(names);

        var draws = new Dictionary<IndirectReference, List<(IndirectReference Form, int Times)>>();
        var size = new Dictionary<IndirectReference, long>();
        foreach (var (reference, form) in _forms)
        {
            var content = Decode(form);
            size[reference] = content.Length;
            var own = XObjectNames(form.StreamDictionary);
            var around = contexts.GetValueOrDefault(reference) ?? [];
            draws[reference] = Drawn(content, own is null ? around : [own, .. around]).Where(d => !d.Form.Equals(reference)).ToList();
        }
        var cost = DrawingCosts(draws, size);

        foreach (var page in _pages)
        {
            var names = PageXObjectNames(page);
            if (!names.Any(n => n.Data.Values.Any(v => v is IndirectReferenceToken r && _forms.ContainsKey(r.Data))))
                continue;
            var content = PageContent(page);
            var total = content.Length + Drawn(content, names).Sum(d => d.Times * cost[d.Form]);
            if (total > PdfLimits.MaxContentBytesPerPage)
                throw new InvalidInputException(
                    $"a page draws more than {PdfLimits.MaxContentBytesPerPage / (1024 * 1024)} MiB of content through nested Form XObjects (a fan-out bomb?)");
        }
    }

    /// <summary>
    /// The bytes each form draws, its own and those of the forms it draws (each time), computed children first with an
    /// explicit stack; a form met again on the path being followed is a loop. Costs saturate rather than overflow.
    /// </summary>
    private static Dictionary<IndirectReference, double> DrawingCosts(
        Dictionary<IndirectReference, List<(IndirectReference Form, int Times)>> draws, Dictionary<IndirectReference, long> size)
    {
        var cost = new Dictionary<IndirectReference, double>();
        var onPath = new HashSet<IndirectReference>();
        foreach (var start in draws.Keys)
        {
            if (cost.ContainsKey(start))
                continue;
            var stack = new Stack<(IndirectReference Form, bool ChildrenDone)>();
            stack.Push((start, false));
            while (stack.Count > 0)
            {
                var (form, childrenDone) = stack.Pop();
                if (childrenDone)
                {
                    onPath.Remove(form);
                    cost[form] = Math.Min(double.MaxValue / 2, size[form] + draws[form].Sum(d => d.Times * cost[d.Form]));
                    continue;
                }
                if (cost.ContainsKey(form))
                    continue;
                if (!onPath.Add(form))
                    throw new InvalidInputException($"broken PDF: Form XObjects draw each other in a loop (object {form.ObjectNumber})");
                stack.Push((form, true));
                foreach (var (child, _) in draws[form])
                    if (!cost.ContainsKey(child))
                    {
                        if (onPath.Contains(child))
                            throw new InvalidInputException(
                                $"broken PDF: Form XObjects draw each other in a loop (objects {form.ObjectNumber} and {child.ObjectNumber})");
                        stack.Push((child, false));
                    }
            }
        }
        return cost;
    }

    /// <summary>The forms a content stream draws, each name looked up in the given XObject dictionaries.</summary>
    private IEnumerable<(IndirectReference Form, int Times)> Drawn(byte[] content, List<DictionaryToken> names)
    {
        // A name found in several dictionaries (own resources, the pages or forms that draw this one) counts once per form.
        foreach (var (name, times) in ContentScan.DrawnXObjects(content))
            foreach (var form in names.Select(d => d.Data.TryGetValue(name, out var value) ? value : null)
                         .OfType<IndirectReferenceToken>().Select(r => r.Data).Where(_forms.ContainsKey).Distinct())
                yield return (form, times);
    }

    private DictionaryToken? XObjectNames(DictionaryToken owner) =>
        owner.TryGet(NameToken.Resources, out var resources) && Direct(resources) is DictionaryToken r
        && r.TryGet(XObject, out var xObjects) && Direct(xObjects) is DictionaryToken names ? names : null;

    /// <summary>The XObject dictionaries a page can draw from: its own resources and those it inherits.</summary>
    private List<DictionaryToken> PageXObjectNames(DictionaryToken page)
    {
        var found = new List<DictionaryToken>();
        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        for (DictionaryToken? node = page; node is not null && seen.Add(node);
             node = node.TryGet(NameToken.Parent, out var parent) ? Direct(parent) as DictionaryToken : null)
            if (XObjectNames(node) is { } names)
                found.Add(names);
        return found;
    }

    private byte[] PageContent(DictionaryToken page) => ContentStreams(page).SelectMany(Decode).ToArray();

    private List<StreamToken> ContentStreams(DictionaryToken page) =>
        !page.TryGet(NameToken.Contents, out var contents) ? []
        : Direct(contents) switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(Direct).OfType<StreamToken>().ToList(),
            _ => [],
        };

    private byte[] Decode(StreamToken stream)
    {
        _budget.StartPage();
        try
        {
            return stream.Decode(_filters).ToArray();
        }
        catch (Exception e) when (e is not InvalidInputException and not OutOfMemoryException)
        {
            return [];
        }
    }
}
