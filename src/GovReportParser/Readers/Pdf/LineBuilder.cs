using System.Runtime.InteropServices;
using System.Text;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Builds visual lines from letters. PdfPig's word extractors treat a CJK line segment as one "word" and split justified
/// text at arbitrary gaps, so lines are built here: letters grouped by baseline, ordered by x, and spaces put only where
/// the PDF has one: a space glyph (LibreOffice and Word draw the text's own spaces), or a gap between words of a spaced
/// script. Gaps between Han characters (justification, letter spacing, WPS's CJK–Latin autospace) never become spaces.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Letters whose baselines differ by less than this share of their size sit on one line.</summary>
    private const double BaselineTolerance = 0.35;
    /// <summary>A gap wider than this share of the letter size separates two words of a spaced script.</summary>
    private const double WordGap = 0.2;
    /// <summary>
    /// A gap wider than this many letter sizes separates two runs even in Han text: a tab stop or a column of a table drawn
    /// without rules. It becomes a tab, so such rows reach the tables stage as tab-separated cells.
    /// </summary>
    private const double RunGap = 2.0;

    public static List<TextLine> Build(IEnumerable<PdfGlyph> letters)
    {
        var lines = new List<TextLine?>();
        var sorted = letters.Where(l => !string.IsNullOrEmpty(l.Value))
            .OrderByDescending(l => l.Y).ThenBy(l => l.X).ToList();
        var current = new List<PdfGlyph>();
        double baseline = 0, size = 0;
        foreach (var letter in sorted)
        {
            var letterSize = SizeOf(letter);
            if (current.Count > 0 && Math.Abs(letter.Y - baseline) > BaselineTolerance * Math.Max(size, letterSize))
            {
                lines.Add(Make(current));
                current = [];
            }
            if (current.Count == 0)
            {
                baseline = letter.Y;
                size = letterSize;
            }
            current.Add(letter);
        }
        if (current.Count > 0)
            lines.Add(Make(current));
        return lines.OfType<TextLine>().ToList();
    }

    /// <summary>The size of a letter in points; the bounding box height where the font gives none.</summary>
    public static double SizeOf(PdfGlyph letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.Height, 1);

    /// <summary>The line the letters spell; null when they are all white space.</summary>
    private static TextLine? Make(List<PdfGlyph> all)
    {
        all.Sort((a, b) => a.X.CompareTo(b.X));
        var letters = new List<PdfGlyph>(all.Count);
        var runStarts = new List<double>();
        var text = new StringBuilder();
        var drawn = CollectionsMarshal.AsSpan(all);
        var previous = -1;
        var spaceGlyph = false;
        for (var i = 0; i < drawn.Length; i++)
        {
            ref readonly var letter = ref drawn[i];
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaceGlyph = previous >= 0;
                continue;
            }
            if (previous >= 0)
            {
                ref readonly var before = ref drawn[previous];
                var gap = letter.X - before.EndX;
                var size = Math.Max(SizeOf(before), SizeOf(letter));
                var spaced = !CjkText.IsWideScript(before.Value[^1]) && !CjkText.IsWideScript(letter.Value[0]);
                if (gap > RunGap * size)
                {
                    text.Append('\t');
                    runStarts.Add(letter.X);
                }
                else if (spaceGlyph || (spaced && gap > WordGap * size))
                    text.Append(' ');
            }
            text.Append(letter.Value);
            letters.Add(letter);
            previous = i;
            spaceGlyph = false;
        }
        if (letters.Count == 0)
            return null;
        runStarts.Insert(0, letters[0].X);
        return Measure(text.ToString(), letters, runStarts);
    }

    /// <summary>
    /// The line's extent, mean baseline and median size, in one pass over its letters; NaN wins as in LINQ's Max, Min and
    /// Average, which this replaces (same values, bit for bit: the sum runs in the same order).
    /// </summary>
    private static TextLine Measure(string text, List<PdfGlyph> letters, List<double> runStarts)
    {
        var span = CollectionsMarshal.AsSpan(letters);
        var sizes = new double[span.Length];
        double right = span[0].EndX, top = span[0].Top, bottom = span[0].Bottom, baselines = span[0].Y;
        sizes[0] = SizeOf(span[0]);
        for (var i = 1; i < span.Length; i++)
        {
            ref readonly var letter = ref span[i];
            right = Larger(right, letter.EndX);
            top = Larger(top, letter.Top);
            bottom = Smaller(bottom, letter.Bottom);
            baselines += letter.Y;
            sizes[i] = SizeOf(letter);
        }
        Array.Sort(sizes);
        return new TextLine(text, letters, span[0].X, right, baselines / span.Length, top, bottom, sizes[sizes.Length / 2])
        {
            RunStarts = runStarts,
        };
    }

    private static double Larger(double value, double x) => double.IsNaN(value) ? value : x > value ? x : double.IsNaN(x) ? x : value;

    private static double Smaller(double value, double x) => double.IsNaN(value) ? value : x < value ? x : double.IsNaN(x) ? x : value;
}
