namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Removes fake bold (a glyph drawn twice with a small offset), with exactly the rule of PdfPig's
/// DuplicateOverlappingTextProcessor: a letter is a duplicate of the first kept letter with the same value and font whose
/// bottom-left corner lies within a third of the letter's width of its own; the kept letter is then replaced by the later
/// one. (Widths and corners are those of the line box, see <see cref="PdfGlyph"/>.) PdfPig compares each letter with
/// every kept letter of the same value, which is quadratic on a page of many equal glyphs (300,000 digits: minutes); here
/// the kept letters of a value and font are also filed in a grid of cells, so each letter looks only at the cells its
/// tolerance reaches.
/// </summary>
internal static class LetterDeduplicator
{
    /// <summary>Grid cell size in points: about a letter's size, so that a letter's tolerance spans one or two cells.</summary>
    private const double Cell = 8.0;

    /// <summary>
    /// Up to this many kept letters of one value and font are compared one by one; the grid is built when there are more.
    /// Most glyphs of a page occur a few times, and comparing a few corners costs less than filing them in cells.
    /// </summary>
    private const int GridFrom = 8;

    /// <summary>The kept letters of one value and font: all their indices, and (once there are many) the same filed by the cell of their corner.</summary>
    private sealed class SameGlyph
    {
        public readonly List<int> All = [];
        public Dictionary<(long, long), List<int>>? Cells;
    }

    /// <summary>The kept letters by font, then by value: the font of the previous letter is looked up only when it changes.</summary>
    private sealed class Index
    {
        private readonly Dictionary<string, Dictionary<string, SameGlyph>> _byFont = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SameGlyph> _noFont = new(StringComparer.Ordinal);
        private string? _lastFont;
        private Dictionary<string, SameGlyph> _last;

        public Index() => _last = _noFont;

        public SameGlyph Of(PdfGlyph letter)
        {
            if (!ReferenceEquals(letter.FontName, _lastFont) || letter.FontName is null)
            {
                _lastFont = letter.FontName;
                if (letter.FontName is null)
                    _last = _noFont;
                else if (!_byFont.TryGetValue(letter.FontName, out _last!))
                    _byFont[letter.FontName] = _last = new Dictionary<string, SameGlyph>(StringComparer.Ordinal);
            }
            if (!_last.TryGetValue(letter.Value, out var same))
                _last[letter.Value] = same = new SameGlyph();
            return same;
        }
    }

    public static List<PdfGlyph> Deduplicate(IReadOnlyList<PdfGlyph> letters)
    {
        var kept = new List<PdfGlyph>(letters.Count);
        var index = new Index();
        foreach (var letter in letters)
        {
            var same = index.Of(letter);
            var match = FirstMatch(kept, same, letter);
            if (match < 0)
            {
                File(same, letter, kept.Count);
                same.All.Add(kept.Count);
                kept.Add(letter);
            }
            else
            {
                // The slot stays filed under its key (as in PdfPig, whose lists never move).
                Unfile(same, kept[match], match);
                kept[match] = letter;
                File(same, kept[match], match);
            }
        }
        return kept;
    }

    /// <summary>The lowest index of a kept letter that the given letter duplicates, or -1.</summary>
    private static int FirstMatch(List<PdfGlyph> kept, SameGlyph same, PdfGlyph letter)
    {
        var tolerance = letter.Width / (letter.Value.Length == 0 ? 1 : letter.Value.Length) / 3.0;
        var box = new Box(letter.Left - tolerance, letter.Left + tolerance, letter.Bottom - tolerance, letter.Bottom + tolerance);
        var finite = double.IsFinite(box.MinX) && double.IsFinite(box.MaxX) && double.IsFinite(box.MinY) && double.IsFinite(box.MaxY);
        if (!finite || same.All.Count <= GridFrom
            || (double)(CellOf(box.MaxX) - CellOf(box.MinX) + 1) * (CellOf(box.MaxY) - CellOf(box.MinY) + 1) > same.All.Count)
        {
            // The indices are in ascending order: the first match is the lowest.
            foreach (var i in same.All)
                if (box.Holds(kept[i]))
                    return i;
            return -1;
        }
        // A letter at a non-finite place is in no cell, and no finite tolerance box can hold it.
        var cells = same.Cells ?? BuildGrid(kept, same);
        var best = int.MaxValue;
        for (var cx = CellOf(box.MinX); cx <= CellOf(box.MaxX); cx++)
            for (var cy = CellOf(box.MinY); cy <= CellOf(box.MaxY); cy++)
                if (cells.TryGetValue((cx, cy), out var list))
                    foreach (var i in list)
                        if (i < best && box.Holds(kept[i]))
                            best = i;
        return best == int.MaxValue ? -1 : best;
    }

    /// <summary>Where a duplicate's bottom-left corner may lie.</summary>
    private readonly record struct Box(double MinX, double MaxX, double MinY, double MaxY)
    {
        public bool Holds(PdfGlyph letter) => MinX <= letter.Left && MaxX >= letter.Left && MinY <= letter.Bottom && MaxY >= letter.Bottom;
    }

    /// <summary>Files every kept letter of the value and font by its cell, from now on kept up to date by File and Unfile.</summary>
    private static Dictionary<(long, long), List<int>> BuildGrid(List<PdfGlyph> kept, SameGlyph same)
    {
        same.Cells = [];
        foreach (var i in same.All)
            File(same, kept[i], i);
        return same.Cells;
    }

    private static void File(SameGlyph same, PdfGlyph letter, int index)
    {
        if (same.Cells is not null && CellKey(letter) is { } cell)
        {
            if (!same.Cells.TryGetValue(cell, out var list))
                same.Cells[cell] = list = [];
            list.Add(index);
        }
    }

    private static void Unfile(SameGlyph same, PdfGlyph letter, int index)
    {
        if (same.Cells is not null && CellKey(letter) is { } cell)
            same.Cells[cell].Remove(index);
    }

    private static (long, long)? CellKey(PdfGlyph letter) =>
        double.IsFinite(letter.Left) && double.IsFinite(letter.Bottom) ? (CellOf(letter.Left), CellOf(letter.Bottom)) : null;

    private static long CellOf(double v) => (long)Math.Floor(v / Cell);
}
