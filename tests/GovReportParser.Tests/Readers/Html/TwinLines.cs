using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Readers.Html;
using GovReportParser.Tests.TestSupport;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>The text lines a reader yields, in a form where an HTML page and its txt twin can be compared.</summary>
internal static partial class TwinLines
{
    public static string SamplePage(string id) => Path.Combine(RepoPaths.Samples, "html", id + ".html");

    public static Document Read(string path) => new HtmlReader().Read(File.ReadAllBytes(path), path);

    /// <summary>Content lines folded; each table row as its cells joined by tabs.</summary>
    public static IReadOnlyList<string> OfHtml(Document document) => document.Blocks
        .Where(b => b.Kind is BlockKind.Line or BlockKind.Table)
        .SelectMany(b => b.Kind == BlockKind.Table ? b.Rows!.Select(Row) : [Fold(b.Text)])
        .ToArray();

    /// <summary>Lines folded; a line with tabs is a table row.</summary>
    public static IReadOnlyList<string> OfTxt(Document document) => document.Blocks
        .Select(b => b.Text.Contains('\t') ? Row(b.Text.Split('\t')) : Fold(b.Text))
        .ToArray();

    private static string Row(IEnumerable<string> cells) => string.Join('\t', cells.Select(Fold));

    public static string Fold(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u3000]+")]
    private static partial Regex WhiteSpace();
}
