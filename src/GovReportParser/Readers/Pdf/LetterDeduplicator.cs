namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Removes fake bold (a glyph drawn twice with a small offset), with exactly the rule of PdfPig's
/// DuplicateOverlappingTextProcessor: a letter is a duplicate of the first kept letter with the same value and font whose
/// bottom-left corner lies within a third of the letter's width of its own; the kept letter is then replaced by the later
/// one. (Widths and corners are those of the line box, see <see cref="PdfGlyph"/>.) PdfPig compares each letter with every kept letter of the same value, which is quadratic on a page
/// of many equal glyphs (300,000 digits: minutes); here the kept letters of a value and font are also filed in a grid of
/// cells, so each letter looks only at the cells its tolerance reaches.
/// </summary>
internal static class LetterDeduplicator
{
    /// <summary>Grid cell size in points: about a letter's size, so that a letter's tolerance spans one or two cells.</summary>
    private const double Cell = 8.0;

    /// <summary>The kept letters of one value and font: all their indices, and the same filed by the cell of their corner.</summary>
    private sealed class SameGlyph
    {
        public readonly List<int> All = [];
        public readonly Dictionary<(long, long), List<int>> Cells = [];
    }

    public static List<PdfGlyph> Deduplicate(IReadOnlyList<PdfGlyph> letters)
    {
        var kept = new List<PdfGlyph>(letters.Count);
        var glyphs = new Dictionary<(string, string?), SameGlyph>();
        foreach (var letter in letters)
        {
            var key = (letter.Value, letter.FontName);
            if (!glyphs.TryGetValue(key, out var same))
                glyphs[key] = same = new SameGlyph();
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
        var corner = (X: letter.Left, Y: letter.Bottom);
        double minX = corner.X - tolerance, maxX = corner.X + tolerance, minY = corner.Y - tolerance, maxY = corner.Y + tolerance;
        bool Matches(int i)
        {
            var p = (X: kept[i].Left, Y: kept[i].Bottom);
            return minX <= p.X && maxX >= p.X && minY <= p.Y && maxY >= p.Y;
        }
        var finite = double.IsFinite(minX) && double.IsFinite(maxX) && double.IsFinite(minY) && double.IsFinite(maxY);
        if (!finite || (double)(CellOf(maxX) - CellOf(minX) + 1) * (CellOf(maxY) - CellOf(minY) + 1) > same.All.Count)
        {
            foreach (var i in same.All)
                if (Matches(i))
                    return i;
            return -1;
        }
        // A letter at a non-finite place is in no cell, and no finite tolerance box can hold it.
        var best = int.MaxValue;
        for (var cx = CellOf(minX); cx <= CellOf(maxX); cx++)
            for (var cy = CellOf(minY); cy <= CellOf(maxY); cy++)
                if (same.Cells.TryGetValue((cx, cy), out var list))
                    foreach (var i in list)
                        if (i < best && Matches(i))
                            best = i;
        return best == int.MaxValue ? -1 : best;
    }

    private static void File(SameGlyph same, PdfGlyph letter, int index)
    {
        if (CellKey(letter) is { } cell)
        {
            if (!same.Cells.TryGetValue(cell, out var list))
                same.Cells[cell] = list = [];
            list.Add(index);
        }
    }

    private static void Unfile(SameGlyph same, PdfGlyph letter, int index)
    {
        if (CellKey(letter) is { } cell)
            same.Cells[cell].Remove(index);
    }

    private static (long, long)? CellKey(PdfGlyph letter)
    {
        var p = (X: letter.Left, Y: letter.Bottom);
        return double.IsFinite(p.X) && double.IsFinite(p.Y) ? (CellOf(p.X), CellOf(p.Y)) : null;
    }

    private static long CellOf(double v) => (long)Math.Floor(v / Cell);
}
