using GovReportParser.Catalogue;
using GovReportParser.Model;
using GovReportParser.Text;

namespace GovReportParser.Structure;

/// <summary>
/// Tells the 2021 template (国办公开办函〔2021〕30号) from the 2019 one (〔2019〕60号) by the table labels only each prints
/// (<see cref="TemplateLabels"/>, derived from the catalogue). Structure records it as <c>report.template</c>; the table
/// extractor downstream reads table 2's columns by it.
/// </summary>
public static class TemplateDetector
{
    public const string Template2021 = TemplateNames.Y2021;
    public const string Template2019 = TemplateNames.Y2019;

    /// <summary>"2021", "2019", or null when neither template's labels are printed (at least two distinct ones are needed).</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        // Folded and compacted in one pass into a pooled buffer: this runs over every document.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(4096);
        var length = 0;
        try
        {
            foreach (var text in texts)
                foreach (var c in text)
                {
                    var folded = CompactText.Fold(c);
                    if (CompactText.IsSeparator(folded))
                        continue;
                    if (length == buffer.Length)
                    {
                        var larger = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    buffer[length++] = folded;
                }
            return Detect(buffer.AsSpan(0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The same, over text that is already folded and compact.</summary>
    internal static string? Detect(ReadOnlySpan<char> compact)
    {
        var score2021 = Count(compact, TemplateLabels.Distinguishing2021);
        var score2019 = Count(compact, TemplateLabels.Distinguishing2019);
        if (Math.Max(score2021, score2019) < 2 || score2021 == score2019)
            return null;
        return score2021 > score2019 ? Template2021 : Template2019;
    }

    private static int Count(ReadOnlySpan<char> text, IReadOnlyList<string> markers)
    {
        var count = 0;
        foreach (var marker in markers)
            if (text.Contains(marker, StringComparison.Ordinal))
                count++;
        return count;
    }

    /// <summary>The same, over a document's blocks (table grids included).</summary>
    public static string? Detect(Document document) =>
        Detect(document.Blocks.SelectMany(b => b.Rows is { } rows ? rows.SelectMany(r => r) : [b.Text]));
}
