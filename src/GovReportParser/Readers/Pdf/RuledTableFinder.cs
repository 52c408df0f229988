namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Finds tables drawn with rules: connected horizontal and vertical rules form a grid of row and column lines; a slot
/// boundary whose rule is missing is a span. Letters are put in the slot that holds their centre, and each cell's letters
/// become its text (lines joined, so wrapped text and labels set one character per line read as one string).
/// </summary>
internal static class RuledTableFinder
{
    private const double Tolerance = RulingSegments.Snap;
    /// <summary>A slot boundary counts as ruled when a rule covers this share of it.</summary>
    private const double CoveredShare = 0.5;
    /// <summary>Row or column lines closer than this (points) are one line drawn twice (double borders).</summary>
    private const double MinSlot = 4.0;

    public static List<RuledTable> Find(List<Segment> horizontal, List<Segment> vertical, List<PdfGlyph> letters, int page, out List<PdfGlyph> outside)
    {
        var tables = new List<RuledTable>();
        var remaining = letters;
        foreach (var (hs, vs) in Components(horizontal, vertical))
        {
            CloseOpenEdges(hs, vs);
            var rows = Lines(hs.Select(h => h.At)).OrderDescending().ToList();
            var columns = Lines(vs.Select(v => v.At)).Order().ToList();
            if (rows.Count < 2 || columns.Count < 2 || (rows.Count - 1) * (columns.Count - 1) < 2)
                continue;
            var inside = new List<PdfGlyph>();
            var rest = new List<PdfGlyph>();
            foreach (var letter in remaining)
            {
                var (x, y) = Centre(letter);
                (x > columns[0] && x < columns[^1] && y < rows[0] && y > rows[^1] ? inside : rest).Add(letter);
            }
            remaining = rest;
            tables.Add(Build(rows, columns, hs, vs, inside, page));
        }
        outside = remaining;
        return tables;
    }

    private static RuledTable Build(List<double> rows, List<double> columns, List<Segment> hs, List<Segment> vs, List<PdfGlyph> letters, int page)
    {
        int rowCount = rows.Count - 1, columnCount = columns.Count - 1;
        var parent = Enumerable.Range(0, rowCount * columnCount).ToArray();
        for (var r = 0; r < rowCount; r++)
            for (var c = 0; c < columnCount; c++)
            {
                if (c + 1 < columnCount && !Ruled(vs, columns[c + 1], rows[r + 1], rows[r]))
                    Union(parent, r * columnCount + c, r * columnCount + c + 1);
                if (r + 1 < rowCount && !Ruled(hs, rows[r + 1], columns[c], columns[c + 1]))
                    Union(parent, r * columnCount + c, (r + 1) * columnCount + c);
            }

        var lettersBySlot = new Dictionary<int, List<PdfGlyph>>();
        foreach (var letter in letters)
        {
            var (x, y) = Centre(letter);
            var slot = Find(parent, SlotIndex(rows, y, descending: true) * columnCount + SlotIndex(columns, x, descending: false));
            if (!lettersBySlot.TryGetValue(slot, out var list))
                lettersBySlot[slot] = list = [];
            list.Add(letter);
        }

        var cells = Enumerable.Range(0, rowCount * columnCount).GroupBy(s => Find(parent, s)).Select(g =>
        {
            int top = g.Min(s => s / columnCount), bottom = g.Max(s => s / columnCount);
            int left = g.Min(s => s % columnCount), right = g.Max(s => s % columnCount);
            var text = lettersBySlot.TryGetValue(g.Key, out var ls) ? CellText(ls) : "";
            return new TableCell(top, left, bottom - top + 1, right - left + 1, text);
        }).OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        return new RuledTable(columns, rowCount, cells, rows[0], rows[^1], page);
    }

    /// <summary>
    /// A table cut by a page break often lacks the rule under its last row (or over its first): the column rules run on past
    /// the last row rule. Where at least two column rules end together beyond it, that is where the missing rule belongs.
    /// </summary>
    private static void CloseOpenEdges(List<Segment> hs, List<Segment> vs)
    {
        double left = vs.Min(v => v.At), right = vs.Max(v => v.At);
        double lowest = hs.Min(h => h.At), highest = hs.Max(h => h.At);
        if (CommonEnd(vs.Select(v => v.From), lowest: true) is { } bottom && bottom < lowest - MinSlot)
            hs.Add(new Segment(bottom, left, right));
        if (CommonEnd(vs.Select(v => v.To), lowest: false) is { } top && top > highest + MinSlot)
            hs.Add(new Segment(top, left, right));
    }

    /// <summary>The lowest (or highest) position shared (within the snap) by at least two rule ends, if any.</summary>
    private static double? CommonEnd(IEnumerable<double> ends, bool lowest)
    {
        var groups = Lines(ends).Select(line => (line, count: ends.Count(e => Math.Abs(e - line) < MinSlot))).Where(g => g.count >= 2).ToList();
        return groups.Count == 0 ? null : lowest ? groups.Min(g => g.line) : groups.Max(g => g.line);
    }

    /// <summary>A cell's lines joined: wrapped text and one-character-per-line labels become one string.</summary>
    public static string CellText(IEnumerable<PdfGlyph> letters)
    {
        var text = "";
        foreach (var line in LineBuilder.Build(letters))
            text += CjkText.Joiner(text, line.Text) + line.Text;
        return text;
    }

    private static bool Ruled(List<Segment> segments, double at, double from, double to)
    {
        if (from > to)
            (from, to) = (to, from);
        return segments.Any(s => Math.Abs(s.At - at) <= Tolerance && s.Covers(from, to, CoveredShare));
    }

    /// <summary>Distinct positions: values closer than <see cref="MinSlot"/> are one line.</summary>
    private static List<double> Lines(IEnumerable<double> positions)
    {
        var lines = new List<double>();
        foreach (var p in positions.Order())
            if (lines.Count == 0 || p - lines[^1] >= MinSlot)
                lines.Add(p);
        return lines;
    }

    private static int SlotIndex(List<double> lines, double value, bool descending)
    {
        for (var i = 1; i < lines.Count - 1; i++)
            if (descending ? value > lines[i] : value < lines[i])
                return i - 1;
        return lines.Count - 2;
    }

    private static (double X, double Y) Centre(PdfGlyph l) => ((l.Left + l.Right) / 2, (l.Bottom + l.Top) / 2);

    /// <summary>Groups rules that touch or cross into the rule sets of separate tables.</summary>
    private static IEnumerable<(List<Segment> H, List<Segment> V)> Components(List<Segment> horizontal, List<Segment> vertical)
    {
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        for (var i = 0; i < horizontal.Count; i++)
            for (var j = 0; j < vertical.Count; j++)
            {
                var h = horizontal[i];
                var v = vertical[j];
                if (v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance)
                    Union(parent, i, horizontal.Count + j);
            }
        return Enumerable.Range(0, parent.Length).GroupBy(i => Find(parent, i))
            .Select(g => (g.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList(),
                          g.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList()))
            .Where(c => c.Item1.Count >= 2 && c.Item2.Count >= 2)
            .OrderByDescending(c => c.Item1.Max(h => h.At));
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
