using System.Globalization;
using System.Text.RegularExpressions;
using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Settles table 4's run-together digits when they split several ways that all add up, by the figures the report's own
/// narrative gives for 行政复议 and 行政诉讼 (<c>行政诉讼46件，其中结果维持25件，结果纠正5件…</c>): litigation is the two
/// litigation blocks together. A candidate is taken only when it is the single one that agrees with every such figure.
/// </summary>
internal static partial class Table4Narrative
{
    /// <summary>The clause's subject and its total, by the catalogue's labels for the review block and the litigation
    /// header: 行政复议351件, 行政诉讼案件46件.</summary>
    private static readonly Regex Subject = new(
        $"(?<kind>{Regex.Escape(Table4.Review.Label)}|{Regex.Escape(Table4.Litigation)})(?:案件)?(?<total>[0-9]+){Units.Piece}",
        RegexOptions.CultureInvariant);

    /// <summary>A part of the total, by the catalogue's column labels: 结果维持25件.</summary>
    private static readonly Regex Part = new(
        $"(?<part>{string.Join("|", Table4.SumParts.Select(c => Regex.Escape(c.Label)))})(?<n>[0-9]+){Units.Piece}",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[。；;]")]
    private static partial Regex ClauseEnd();

    public static void Settle(ParsedRow row, string narrative)
    {
        if (row.Split.Candidates.Count < 2 || row.Split.Truncated)
            return;
        var stated = Stated(narrative);
        if (stated.Count == 0)
            return;
        var agreeing = row.Split.Candidates.Where(c => stated.All(s => Implied(c, s.Key) == s.Value)).ToList();
        if (agreeing.Count == 1)
            row.Settle(agreeing[0], $"the narrative's figures for {Table4.Review.Label} and {Table4.LitigationDirect.Group}");
    }

    /// <summary>Figures keyed by (review: block 0, litigation: blocks 1 and 2) and column index.</summary>
    private static Dictionary<(bool Litigation, int Column), decimal> Stated(string narrative)
    {
        var stated = new Dictionary<(bool, int), decimal>();
        foreach (var clause in ClauseEnd().Split(Text.CompactText.Compacted(narrative)))
        {
            if (Subject.Match(clause) is not { Success: true } subject)
                continue;
            var litigation = subject.Groups["kind"].Value == Table4.Litigation;
            Add((litigation, Table4.Columns.Count - 1), subject.Groups["total"].Value); // 总计 is the last column
            foreach (Match part in Part.Matches(clause, subject.Index + subject.Length))
                Add((litigation, Table4.Columns.ToList().FindIndex(c => c.Label == part.Groups["part"].Value)), part.Groups["n"].Value);
        }
        return stated;

        void Add((bool, int) key, string number)
        {
            var value = decimal.Parse(number, CultureInfo.InvariantCulture);
            if (stated.TryGetValue(key, out var known) && known != value)
                stated[key] = -1; // two sentences disagree: the figure settles nothing
            else
                stated[key] = value;
        }
    }

    private static decimal? Implied(IReadOnlyList<string> cells, (bool Litigation, int Column) key)
    {
        var width = Table4.Columns.Count;
        if (!key.Litigation)
            return CellText.Value(cells[key.Column]);
        return CellText.Value(cells[width + key.Column]) is { } direct && CellText.Value(cells[2 * width + key.Column]) is { } after
            ? direct + after
            : null;
    }
}
