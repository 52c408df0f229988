using GovReportParser.Model;
using GovReportParser.Readers;
using GovReportParser.Tests.TestSupport;

namespace GovReportParser.Tests.Normalisation;

/// <summary>The samples as the txt reader gives them, the input every normalisation step sees first.</summary>
internal static class SampleDocuments
{
    public static Document Read(string idPrefix)
    {
        var path = RepoPaths.SampleTxt(idPrefix);
        return new TxtReader().Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Pages of text as a paginating reader (PDF) gives them: lines numbered through, each block knowing its page.</summary>
    /// <summary>A made-up text as the txt reader splits it: one block a line, no pages.</summary>
    public static Document FromText(string text) => new(new SourceInfo("test.txt", "txt", null, ""), TxtReader.SplitLines(text));

    public static Document FromPages(IEnumerable<string> pages)
    {
        var blocks = new List<Block>();
        var offset = 0;
        var number = 0;
        foreach (var page in pages)
        {
            number++;
            blocks.AddRange(TxtReader.SplitLines(page).Select(b => b with { Source = new Provenance(b.Source.Line + offset, number) }));
            offset += page.Split('\n').Length;
        }
        return new Document(new SourceInfo("test.pdf", "pdf", null, ""), blocks);
    }

    public static Block Line(this Document document, int line) =>
        document.Blocks.Single(b => b.Source.Line == line || (b.Source.Line < line && line <= b.Source.EndLine));

    public static string AllText(this Document document) => string.Join("\n", document.Blocks.Select(b => b.Text));
}
