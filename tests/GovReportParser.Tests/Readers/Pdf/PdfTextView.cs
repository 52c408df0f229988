using GovReportParser.Model;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// Views of a read PDF for comparison with its txt twin: paragraphs rebuilt by the txt convention (a skipped line number
/// starts a paragraph; furniture takes numbers but breaks nothing), table rows as cell runs, all with white space folded.
/// </summary>
internal static class PdfTextView
{
    public static string Fold(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static List<string> Paragraphs(Document document)
    {
        var paragraphs = new List<string>();
        var expected = -1;
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Furniture)
            {
                expected = expected == block.Source.Line ? expected + 1 : expected;
                continue;
            }
            if (block.Kind == BlockKind.Table)
            {
                paragraphs.AddRange(block.Rows!.Select(r => Fold(string.Concat(r))));
                expected = -1;
                continue;
            }
            if (block.Source.Line == expected && paragraphs.Count > 0)
                paragraphs[^1] += Fold(block.Text);
            else
                paragraphs.Add(Fold(block.Text));
            expected = block.Source.Line + 1;
        }
        return paragraphs;
    }

    /// <summary>Share of the txt twin's non-blank lines that appear, folded, as a paragraph or table row of the PDF.</summary>
    public static double MatchRate(Document pdf, string txtPath, out List<string> missing)
    {
        var found = Paragraphs(pdf).ToHashSet();
        var lines = File.ReadAllLines(txtPath).Select(Fold).Where(l => l.Length > 0).ToList();
        missing = lines.Where(l => !found.Contains(l)).ToList();
        return 1 - (double)missing.Count / lines.Count;
    }
}
