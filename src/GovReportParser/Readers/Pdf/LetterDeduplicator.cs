using UglyToad.PdfPig.Content;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Removes fake bold (a glyph drawn twice with a small offset), with exactly the rule of PdfPig's
/// DuplicateOverlappingTextProcessor: a letter is a duplicate of the first kept letter with the same value and font whose
/// bottom-left corner lies within a third of the letter's width of its own; the kept letter is then replaced by the later
/// one, marked bold. PdfPig compares each letter with every kept letter of the same value, which is quadratic on a page
/// of many equal glyphs (300,000 digits: minutes); here the kept letters are also filed in a grid of cells, so each
/// letter looks only at the cells its tolerance reaches.
/// </summary>
internal static class LetterDeduplicator
{
    /// <summary>Grid cell size in points: about a letter's size, so that a letter's tolerance spans one or two cells.</summary>
    private const double Cell = 8.0;

    public static List<Letter> Deduplicate(IReadOnlyList<Letter> letters)
    {
        var kept = new List<Letter>(letters.Count);
        var grid = new Dictionary<(string, string, long, long), List<int>>();
        // Every kept index by key: the fallback for a tolerance that spans more cells than there are such letters.
        var byKey = new Dictionary<(string, string), List<int>>();
        foreach (var letter in letters)
        {
            var key = (letter.Value, letter.FontName);
            var sameKey = byKey.TryGetValue(key, out var indices) ? indices : byKey[key] = [];
            var match = FirstMatch(kept, grid, sameKey, letter);
            if (match < 0)
            {
                File(grid, key, letter, kept.Count);
                sameKey.Add(kept.Count);
                kept.Add(letter);
            }
            else
            {
                Unfile(grid, key, kept[match], match);
                kept[match] = letter.AsBold();
                File(grid, key, kept[match], match);
            }
        }
        return kept;
    }

    /// <summary>The lowest index of a kept letter that the given letter duplicates, or -1.</summary>
    private static int FirstMatch(List<Letter> kept, Dictionary<(string, string, long, long), List<int>> grid, List<int> sameKey, Letter letter)
    {
        var tolerance = letter.BoundingBox.Width / (letter.Value.Length == 0 ? 1 : letter.Value.Length) / 3.0;
        var corner = letter.BoundingBox.BottomLeft;
        double minX = corner.X - tolerance, maxX = corner.X + tolerance, minY = corner.Y - tolerance, maxY = corner.Y + tolerance;
        bool Matches(int i)
        {
            var p = kept[i].BoundingBox.BottomLeft;
            return minX <= p.X && maxX >= p.X && minY <= p.Y && maxY >= p.Y;
        }
        var finite = double.IsFinite(minX) && double.IsFinite(maxX) && double.IsFinite(minY) && double.IsFinite(maxY);
        if (!finite || (double)(CellOf(maxX) - CellOf(minX) + 1) * (CellOf(maxY) - CellOf(minY) + 1) > sameKey.Count)
        {
            foreach (var i in sameKey)
                if (Matches(i))
                    return i;
            return -1;
        }
        // A letter at a non-finite place is in no cell, and no finite tolerance box can hold it.
        var best = int.MaxValue;
        for (var cx = CellOf(minX); cx <= CellOf(maxX); cx++)
            for (var cy = CellOf(minY); cy <= CellOf(maxY); cy++)
                if (grid.TryGetValue((letter.Value, letter.FontName, cx, cy), out var list))
                    foreach (var i in list)
                        if (i < best && Matches(i))
                            best = i;
        return best == int.MaxValue ? -1 : best;
    }

    // The key stays the one the slot was filed under (as in PdfPig, whose lists never move), even if AsBold changed the font.
    private static void File(Dictionary<(string, string, long, long), List<int>> grid, (string, string) key, Letter letter, int index)
    {
        if (CellKey(key, letter) is { } cell)
            (grid.TryGetValue(cell, out var list) ? list : grid[cell] = []).Add(index);
    }

    private static void Unfile(Dictionary<(string, string, long, long), List<int>> grid, (string, string) key, Letter letter, int index)
    {
        if (CellKey(key, letter) is { } cell)
            grid[cell].Remove(index);
    }

    private static (string, string, long, long)? CellKey((string Value, string Font) key, Letter letter)
    {
        var p = letter.BoundingBox.BottomLeft;
        return double.IsFinite(p.X) && double.IsFinite(p.Y) ? (key.Value, key.Font, CellOf(p.X), CellOf(p.Y)) : null;
    }

    private static long CellOf(double v) => (long)Math.Floor(v / Cell);
}
