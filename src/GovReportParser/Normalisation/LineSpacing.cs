using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// How many source lines one line break of a document takes: 1, or 2 when every break was doubled (some converters write a
/// blank line after every line, wrapped ones included). Then a single blank line says nothing of paragraphs, and the lines
/// two apart follow each other as the lines of a hard wrap do. The step is the greatest common divisor of the gaps between
/// the reader's lines; a document of single breaks has gaps of 1, so its step is 1.
/// </summary>
internal sealed class LineSpacing
{
    /// <summary>Fewer gaps than this say nothing of the spacing (a title, a date and a paragraph may stand two apart by chance).</summary>
    private const int MinGaps = 5;

    private readonly int _step;

    private LineSpacing(int step) => _step = step;

    public static LineSpacing Of(IReadOnlyList<Block> blocks)
    {
        var step = 0;
        var gaps = 0;
        for (var i = 1; i < blocks.Count && step != 1; i++)
        {
            var gap = blocks[i].Source.Line - (blocks[i - 1].Source.EndLine ?? blocks[i - 1].Source.Line);
            if (gap <= 0)
                return new LineSpacing(1); // not lines of a text file (cells of one table row, a reader's own order)
            step = Gcd(step, gap);
            gaps++;
        }
        return new LineSpacing(gaps >= MinGaps && step > 1 ? step : 1);
    }

    /// <summary>The line <paramref name="after"/> is the next line of the source after <paramref name="before"/>, nothing between.</summary>
    public bool Follows(Block before, Block after) => after.Source.Line == (before.Source.EndLine ?? before.Source.Line) + _step;

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
