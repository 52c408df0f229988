using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>What the reader takes from one page, as PdfPig's page would give it: its size, glyphs, rules and images.</summary>
internal sealed record LeanPage(
    double Width,
    double Height,
    List<PdfGlyph> Glyphs,
    List<Segment> Horizontal,
    List<Segment> Vertical,
    bool HasImages,
    int Unmapped);

/// <summary>
/// One page read by the lean text layer: its boxes (inherited /MediaBox, the page's own /CropBox clipped to it, as PdfPig
/// takes them), its resources (each node's from the root down, then the page's) and its content streams, joined by a
/// line end. Rotated pages and user units are left to PdfPig.
/// </summary>
internal static class LeanPageReader
{
    private static readonly NameToken UserUnit = NameToken.Create("UserUnit");

    /// <summary>A first guess of a page's glyph count from its content size, so that the list rarely grows.</summary>
    private const int ContentBytesPerGlyph = 16;

    public static LeanPage Read(PageNode node, DocumentCache cache, IFilterProvider filters)
    {
        var scanner = cache.Scanner;
        var page = node.Page;
        foreach (var n in node.Path)
            if (n.TryGet(NameToken.Rotate, scanner, out NumericToken? rotate) && rotate.Int != 0)
                throw new LeanUnsupportedException("a rotated page");
        if (page.ContainsKey(UserUnit))
            throw new LeanUnsupportedException("a page with a user unit");
        var mediaBox = MediaBox(node, scanner);
        var cropBox = CropBox(page, scanner, mediaBox);
        var initial = cropBox.Left == 0 && cropBox.Bottom == 0
            ? TransformationMatrix.Identity
            : TransformationMatrix.GetTranslationMatrix(-cropBox.Left, -cropBox.Bottom);
        var content = Content(page, scanner, filters);
        var interpreter = new ContentInterpreter(cache, filters, initial, content.Length / ContentBytesPerGlyph);
        foreach (var n in node.Path)
            if (n.TryGet(NameToken.Resources, scanner, out DictionaryToken? resources))
                interpreter.Resources.Push(resources);
        if (page.TryGet(NameToken.Resources, scanner, out DictionaryToken? own))
            interpreter.Resources.Push(own);
        interpreter.Run(content, content.Length);
        var (horizontal, vertical) = interpreter.Rules.Merged();
        return new LeanPage(cropBox.Width, cropBox.Height, interpreter.Glyphs, horizontal, vertical, interpreter.HasImages, interpreter.Unmapped);
    }

    private static PdfRectangle MediaBox(PageNode node, IPdfTokenScanner scanner)
    {
        var page = node.Page;
        if (page.TryGet(NameToken.MediaBox, out var own) && DirectObjectFinder.TryGet(own, scanner, out ArrayToken? box))
            return box.Length == 4 ? box.ToRectangle(scanner) : throw new LeanUnsupportedException("a media box that is not four numbers");
        PdfRectangle? inherited = null;
        foreach (var n in node.Path)
            if (n.TryGet(NameToken.MediaBox, scanner, out ArrayToken? array))
                inherited = array.ToRectangle(scanner);
        return inherited ?? throw new LeanUnsupportedException("a page without a media box");
    }

    private static PdfRectangle CropBox(DictionaryToken page, IPdfTokenScanner scanner, PdfRectangle mediaBox)
    {
        var cropBox = mediaBox;
        if (page.TryGet(NameToken.CropBox, out var own) && DirectObjectFinder.TryGet(own, scanner, out ArrayToken? box) && box.Length == 4)
            cropBox = box.ToRectangle(scanner);
        return mediaBox.Intersect(cropBox) ?? cropBox;
    }

    /// <summary>The page's content: one stream, or several joined by a line end (entries that are not references skipped).</summary>
    private static byte[] Content(DictionaryToken page, IPdfTokenScanner scanner, IFilterProvider filters)
    {
        if (!page.TryGet(NameToken.Contents, out var contents))
            return [];
        if (!DirectObjectFinder.TryGet(contents, scanner, out ArrayToken? array))
            return ContentInterpreter.Decode(Stream(contents, scanner), filters);
        var parts = new List<byte[]>(array.Length);
        foreach (var item in array.Data)
            if (item is IndirectReferenceToken reference)
                parts.Add(ContentInterpreter.Decode(Stream(reference, scanner), filters));
        if (parts.Count == 1)
            return parts[0];
        var joined = new byte[parts.Sum(p => p.Length) + Math.Max(0, parts.Count - 1)];
        var length = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i].CopyTo(joined, length);
            length += parts[i].Length;
            if (i < parts.Count - 1)
                joined[length++] = (byte)'\n';
        }
        return joined;
    }

    private static StreamToken Stream(IToken token, IPdfTokenScanner scanner) =>
        DirectObjectFinder.Get<StreamToken>(token, scanner) ?? throw new LeanUnsupportedException("page content that is not a stream");
}
