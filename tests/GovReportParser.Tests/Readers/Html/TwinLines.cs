using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Readers.Html;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>The text lines a reader yields, in a form where an HTML page and its txt twin can be compared.</summary>
internal static partial class TwinLines
{
    /// <summary>Test data pages that must read as their sample's txt twin; the first three characters name the sample.</summary>
    private static readonly string[] SameTextVariants =
    [
        "000_gbk_undeclared.html", "001_gbk_undeclared.html", "002_gbk_undeclared.html", "003_gbk_undeclared.html",
        "004_gbk_undeclared.html", "000_gb2312_http_equiv.html", "003_gbk_declared_utf8.html", "001_bom_utf8_declared_gbk.html",
        "002_spans.html", "001_unknown_container.html", "002_unknown_container.html",
    ];

    /// <summary>(page path, sample id) for every sample page and every same-text variant.</summary>
    public static IEnumerable<TestCaseData> Cases =>
        RepoPaths.SampleIds.Select(id => new TestCaseData(SamplePage(id), id).SetArgDisplayNames(id + ".html"))
            .Concat(SameTextVariants.Select(v => new TestCaseData(RepoPaths.TestData("Html/" + v), v[..3]).SetArgDisplayNames(v)));

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
