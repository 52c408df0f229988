using GovReportParser.Model;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Line numbers as the layout had them, for telling a blank line (a gap) from the next line: the reader's numbering,
/// less the page furniture lines before (a page number and a running head between two cells are no blank line), and
/// halved in double-spaced text (a converter that writes a blank line after every line), where a single blank line is
/// the line break and three are the blank line.
/// </summary>
internal sealed class LayoutLines
{
    /// <summary>Fewer source lines than this say nothing about spacing.</summary>
    private const int MinLinesForSpacing = 20;

    private readonly bool _doubleSpaced;

    private LayoutLines(bool doubleSpaced) => _doubleSpaced = doubleSpaced;

    public static LayoutLines Of(IReadOnlyList<Block> blocks) => new(IsDoubleSpaced(blocks));

    /// <param name="line">the reader's line number</param>
    /// <param name="furnitureLinesBefore">source lines of furniture blocks before it (in double-spaced text each with its blank)</param>
    public int At(int line, int furnitureLinesBefore) =>
        _doubleSpaced ? (line - 2 * furnitureLinesBefore + 1) / 2 : line - furnitureLinesBefore;

    /// <summary>The source lines a block takes: one, or from its first to its last when several were joined into it.</summary>
    public static int LinesOf(Block block) => block.Source.EndLine is { } end && end >= block.Source.Line ? end - block.Source.Line + 1 : 1;

    /// <summary>
    /// Double-spaced: no two of the text's source lines are next to each other. A block joined from several lines is
    /// read from its original, which keeps one line break per source line it took.
    /// </summary>
    private static bool IsDoubleSpaced(IReadOnlyList<Block> blocks)
    {
        var lines = 0;
        var previousEnd = int.MinValue;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Line && block.Kind != BlockKind.Furniture)
                return false; // a reader that knows paragraphs and tables (HTML, docx) numbers no layout lines
            var taken = block.Original.Count(c => c == '\n') + 1;
            if (taken > 1 && taken == LinesOf(block) || block.Source.Line == previousEnd + 1)
                return false;
            lines += taken;
            previousEnd = block.Source.EndLine ?? block.Source.Line;
        }
        return lines >= MinLinesForSpacing;
    }
}
