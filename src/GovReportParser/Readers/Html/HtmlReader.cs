using AngleSharp.Html.Parser;
using GovReportParser.Model;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Saved government web pages. Decodes the bytes (<see cref="HtmlCharset"/>), parses them with AngleSharp, finds the
/// article body (<see cref="MainContent"/>) and writes it as the same blocks the txt reader gives for the page's text:
/// one <see cref="BlockKind.Line"/> per rendered line, numbered as lines of that text, plus a
/// <see cref="BlockKind.Table"/> per data table. The page chrome becomes furniture; the title and the site metadata
/// (meta tags and the 信息公开 block) go to <see cref="Document.TitleHint"/> and <see cref="Document.ContainerMetadata"/>.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".shtml", ".xhtml"];

    /// <summary>AngleSharp builds its encoding table once; the code-page provider must be there before it does.</summary>
    static HtmlReader() => EncodingSetup.Register();

    /// <summary>A parser is reusable but not documented as thread-safe; a batch reads files in parallel.</summary>
    [ThreadStatic]
    private static HtmlParser? _parser;

    public Document Read(byte[] bytes, string path)
    {
        var decoded = HtmlCharset.Decode(bytes);
        var page = (_parser ??= new HtmlParser()).ParseDocument(NestingLimit.Limit(decoded.Text));
        var body = page.Body ?? page.DocumentElement;
        var root = MainContent.Locate(page);
        var (blocks, sitePairs) = PageWalker.Walk(body, root);
        if (!blocks.Any(b => b.Kind is BlockKind.Line or BlockKind.Table))
            throw new InvalidInputException("no text in the HTML page");

        var metadata = PageMetadata.FromMetaTags(page);
        foreach (var pair in sitePairs)
            metadata.TryAdd(pair.Canonical, pair.Value);
        return new Document(new SourceInfo(path, "html", decoded.Encoding, TxtReader.Sha256Hex(bytes)), blocks)
        {
            TitleHint = PageMetadata.Title(page, root, metadata),
            ContainerMetadata = metadata,
        };
    }
}
