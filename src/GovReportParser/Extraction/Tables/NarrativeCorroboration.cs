using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Settles a table-2 row whose digits run together (<c>行政规范性文件8855698</c>) when the report's own narrative states
/// all but one of its cells in a sentence that names the row (<c>现行有效行政规范性文件698件…制发的规范性文件88件</c>): the
/// remaining cell is then forced by the digits. Taken only when exactly one candidate is corroborated that far.
/// </summary>
internal static partial class NarrativeCorroboration
{
    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();

    /// <summary>A number not part of a date (年/月/日) or of a longer number.</summary>
    [GeneratedRegex(@"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9.]|\s*[年月日])")]
    private static partial Regex Number();

    /// <summary>A row with more than one way to split it, which the narrative may settle.</summary>
    public static bool IsOpen(ParsedRow row) => row.Split.Candidates.Count > 1 && !row.Split.Truncated;

    /// <param name="narrative">Source text outside the tables.</param>
    public static void Resolve(IEnumerable<ParsedRow> rows, IReadOnlyDictionary<string, RowSpec> specs, string narrative)
    {
        var open = rows.Where(IsOpen).ToList();
        if (open.Count == 0)
            return;
        var sentences = SentenceEnd().Split(narrative)
            .Select(Text.CompactText.Compacted)
            .ToList();
        foreach (var row in open)
        {
            var stated = sentences.Where(s => specs[row.Key].Label.IsMatch(s))
                .SelectMany(s => Number().Matches(s).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)))
                .ToHashSet();
            if (stated.Count == 0)
                continue;
            var scored = row.Split.Candidates
                .Select(c => (Cells: c, Hits: c.Count(cell => CellText.Value(cell) is { } v && stated.Contains(v))))
                .ToList();
            var best = scored.Max(s => s.Hits);
            var needed = Math.Max(1, row.Columns.Count - 1);
            var winners = scored.Where(s => s.Hits == best).ToList();
            if (best >= needed && winners.Count == 1)
                row.Settle(winners[0].Cells, "narrative figures");
        }
    }
}
