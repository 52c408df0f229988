using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// The fallback for table 3 when the label-by-label reader leaves rows unstated: the region's values are cut into
/// candidate rows every way the layout allows (<see cref="RowParses"/>), each cut is aligned to the template's row
/// sequence in order (skipping at most <see cref="MaxSkips"/> template rows, never a candidate), a label written right
/// before a row pins it to the row it names, and a row the reader settled by its label must come out the same. A
/// reading counts only when the table's arithmetic confirms it (<see cref="Table3Arithmetic"/>). A row is stated only
/// when every reading that counts gives it the same cells; the reader's own cells are never changed.
/// </summary>
internal static class Table3Aligner
{
    private const int MaxSkips = 2;
    private const int MaxReadings = 512;
    private const int MaxCombinations = 4096;

    /// <summary>Readings tried at most, over all cuts and alignments: beyond it no reading is certain (and no input hangs).</summary>
    private const int MaxTried = 200_000;
    private const string How = "alignment to the template's rows and the table's arithmetic";

    private static IReadOnlyList<TableColumn> Columns => Table3.Columns;

    private static readonly SumGroups RowSums = new([Table3.Columns.Count]);

    /// <summary>Fills the rows of <paramref name="rows"/> (the reader's, in template order) that the alignment makes certain.</summary>
    public static void Fill(TableText text, int compactStart, int compactEnd, List<ParsedRow> rows, Diagnostics diagnostics)
    {
        var sequences = Sequences(text.Compact.AsSpan(compactStart, compactEnd - compactStart).ToString());
        var needed = sequences.Aggregate((IEnumerable<string>)sequences[0], (a, s) => a.Intersect(s)).ToList();
        var settled = rows.Where(r => r.Cells is not null).ToDictionary(r => r.Key, r => r.Cells!);
        if (needed.All(settled.ContainsKey))
            return;
        var segments = RegionTokeniser.Segments(text, text.ToSource(compactStart), text.ToSource(compactEnd), Columns.Count);
        // Each cell has a digit at least; fewer digits than the rows need is a caption over prose, not a table.
        if (segments.Sum(s => s.Tokens.Sum(t => t.Count(char.IsAsciiDigit))) < Columns.Count * (sequences.Min(s => s.Count) - MaxSkips))
            return;

        var parses = RowParses.Enumerate(segments, Columns.Count, RowSums, label => LabelAnchor.Of(label, StandardTables.Table3Rows));
        var readings = parses is null ? null : Readings(parses, sequences, settled);
        var open = needed.Where(k => !settled.ContainsKey(k)).ToList();
        if (readings is null || readings.Count == 0)
        {
            diagnostics.Warn("table.unaligned", $"{Table3.Key}: the values do not align to the template's rows in any way the table's arithmetic confirms; "
                + $"row(s) {string.Join(", ", open)} left unstated");
            return;
        }
        var certain = new List<string>();
        foreach (var key in readings.SelectMany(r => r.Keys).Distinct())
        {
            if (settled.ContainsKey(key))
                continue;
            if (!readings[0].TryGetValue(key, out var first))
                continue;
            if (readings.All(r => r.TryGetValue(key, out var c) && c.Cells.SequenceEqual(first.Cells)))
            {
                Place(rows, key, first);
                certain.Add(key);
            }
        }
        var absent = open.Where(k => readings.All(r => !r.ContainsKey(k))).ToList();
        if (absent.Count > 0)
            diagnostics.Warn("table.unaligned", $"t3: the values align to the template with row(s) {string.Join(", ", absent)} skipped: "
                + "the text has no values for them; left unstated");
        var unsure = open.Where(k => !certain.Contains(k) && !absent.Contains(k)).ToList();
        if (unsure.Count > 0)
            diagnostics.Warn("table.unaligned", $"{Table3.Key}: {readings.Count} readings of the values align to the template and satisfy the arithmetic "
                + $"but differ in row(s) {string.Join(", ", unsure)}; left unstated");
    }

    /// <summary>The template's row sequences the region's labels allow: 其他处理 as one row (2019) or as three sub-rows (2021).</summary>
    private static List<List<string>> Sequences(string compact)
    {
        var all = StandardTables.Table3Rows.Select(r => r.Key).ToList();
        var subRows = Table3.OtherSubRows.Select(r => r.Key).ToList();
        var withSubRows = all.Where(k => k != Table3.Other.Key).ToList();
        var withoutSubRows = all.Where(k => !subRows.Contains(k)).ToList();
        var specs = StandardTables.Table3Rows.ToDictionary(r => r.Key);
        // 其他 (the last sub-row) is too short to say anything alone.
        if (subRows.Take(subRows.Count - 1).Any(k => specs[k].Label.IsMatch(compact)))
            return [withSubRows];
        if (specs[Table3.Other.Key].Label.IsMatch(compact))
            return [withoutSubRows];
        return [withSubRows, withoutSubRows];
    }

    private static List<Dictionary<string, (IReadOnlyList<string> Cells, CandidateRow Row)>>? Readings(
        List<List<CandidateRow>> parses, List<List<string>> sequences, Dictionary<string, IReadOnlyList<string>> settled)
    {
        var readings = new List<Dictionary<string, (IReadOnlyList<string>, CandidateRow)>>();
        var tried = 0;
        foreach (var parse in parses)
            foreach (var sequence in sequences)
            {
                var skips = sequence.Count - parse.Count;
                if (skips < 0 || skips > MaxSkips)
                    continue;
                foreach (var keys in Alignments(sequence, skips))
                {
                    var choices = Choices(parse, keys, settled);
                    if (choices is null)
                        continue;
                    foreach (var cells in Combinations(choices))
                    {
                        if (++tried > MaxTried)
                            return null;
                        var rows = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => cells[p.i]);
                        if (!Table3Arithmetic.Confirms(rows))
                            continue;
                        if (readings.Count >= MaxReadings)
                            return null;
                        readings.Add(keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (cells[p.i], parse[p.i])));
                    }
                }
            }
        return readings;
    }

    /// <summary>The template rows the candidates take, in order, for each way of leaving <paramref name="skips"/> rows out.</summary>
    private static IEnumerable<List<string>> Alignments(List<string> sequence, int skips, int from = 0)
    {
        if (skips == 0)
        {
            yield return sequence;
            yield break;
        }
        for (var i = from; i < sequence.Count; i++)
            foreach (var rest in Alignments([.. sequence.Take(i), .. sequence.Skip(i + 1)], skips - 1, i))
                yield return rest;
    }

    /// <summary>Per candidate, the cells it may have at its template row; null when a label or a settled row forbids the placing.</summary>
    private static List<IReadOnlyList<IReadOnlyList<string>>>? Choices(List<CandidateRow> parse, List<string> keys,
        Dictionary<string, IReadOnlyList<string>> settled)
    {
        var choices = new List<IReadOnlyList<IReadOnlyList<string>>>(parse.Count);
        long combinations = 1;
        for (var i = 0; i < parse.Count; i++)
        {
            var row = parse[i];
            if (row.Anchor is not null && row.Anchor != keys[i])
                return null;
            var cells = settled.TryGetValue(keys[i], out var known)
                ? row.Cells.Where(c => c.SequenceEqual(known)).ToList()
                : row.Cells;
            if (cells.Count == 0)
                return null;
            combinations *= cells.Count;
            if (combinations > MaxCombinations)
                return null;
            choices.Add(cells);
        }
        return choices;
    }

    private static IEnumerable<IReadOnlyList<string>[]> Combinations(List<IReadOnlyList<IReadOnlyList<string>>> choices)
    {
        var index = new int[choices.Count];
        while (true)
        {
            yield return choices.Select((c, i) => c[index[i]]).ToArray();
            var position = 0;
            while (position < index.Length && ++index[position] == choices[position].Count)
                index[position++] = 0;
            if (position == index.Length)
                yield break;
        }
    }

    private static void Place(List<ParsedRow> rows, string key, (IReadOnlyList<string> Cells, CandidateRow Row) reading)
    {
        var existing = rows.FindIndex(r => r.Key == key);
        var label = existing >= 0 ? rows[existing].Label : key;
        var run = new ValueRun(reading.Cells, reading.Row.Evidence, reading.Row.SourceStart);
        var row = new ParsedRow(key, label, Columns, run, new SplitResult([reading.Cells], reading.Row.How)) { SettledBy = How };
        if (existing >= 0)
            rows[existing] = row;
        else
        {
            var order = StandardTables.Table3Rows.Select(r => r.Key).ToList();
            var at = rows.FindIndex(r => order.IndexOf(r.Key) > order.IndexOf(key));
            rows.Insert(at < 0 ? rows.Count : at, row);
        }
    }
}
