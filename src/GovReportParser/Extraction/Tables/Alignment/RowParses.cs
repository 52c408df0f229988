namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Every way of cutting a region's value segments into rows of <c>width</c> cells, each segment used once, in order:
/// <list type="bullet">
/// <item>by rows: <c>width</c> values in reading order, beginning and ending where a group does (or a multiple of
/// <c>width</c> into one), as one cell per line, one row per line or a pipe row give them;</item>
/// <item>by columns: <c>width</c> groups of the same size k ≥ 2, each a column of k rows (extractors that read a block of
/// rows column by column), one group of <c>width</c> × k single values or a run of <c>width</c> × k lone values (the
/// same with nothing or a blank line between the values), or one group of <c>width</c> lines of k values each (a column
/// per line);</item>
/// <item>run together: one segment whose digits <see cref="CellSplitter"/> cuts by the row's arithmetic.</item>
/// </list>
/// Rows cut by columns take no label: the labels beside such a block do not say which of its rows they name.
/// Null when there are more than <see cref="MaxParses"/> ways: then no reading is certain.
/// </summary>
internal sealed class RowParses
{
    public const int MaxParses = 256;

    private readonly List<List<ValueSegment>> _groups;
    private readonly int _width;
    private readonly SumGroups _sums;
    private readonly Func<string, string?> _anchorOf;
    private readonly List<List<CandidateRow>> _found = [];
    private readonly HashSet<(int, int)> _dead = [];
    private bool _overflow;

    private RowParses(List<List<ValueSegment>> groups, int width, SumGroups sums, Func<string, string?> anchorOf)
    {
        _groups = groups;
        _width = width;
        _sums = sums;
        _anchorOf = anchorOf;
    }

    /// <param name="anchorOf">The template row a label names, or null.</param>
    public static List<List<CandidateRow>>? Enumerate(IReadOnlyList<ValueSegment> segments, int width, SumGroups sums,
        Func<string, string?> anchorOf)
    {
        var groups = new List<List<ValueSegment>>();
        foreach (var segment in segments)
        {
            if (segment.StartsGroup || groups.Count == 0)
                groups.Add([]);
            groups[^1].Add(segment);
        }
        var parses = new RowParses(groups, width, sums, anchorOf);
        parses.Walk(0, 0, []);
        return parses._overflow ? null : parses._found;
    }

    private int Size(int group) => _groups[group].Sum(s => s.Tokens.Count);

    private IEnumerable<(string Token, ValueSegment Segment)> TokensOf(int group) =>
        _groups[group].SelectMany(s => s.Tokens.Select(t => (t, s)));

    /// <summary>Whether a complete cut was found from here.</summary>
    private bool Walk(int group, int offset, List<CandidateRow> rows)
    {
        if (_overflow)
            return false;
        if (group == _groups.Count)
        {
            if (_found.Count >= MaxParses)
                _overflow = true;
            else
                _found.Add([.. rows]);
            return true;
        }
        if (_dead.Contains((group, offset)))
            return false;
        var any = false;
        foreach (var (next, nextOffset, cut) in Steps(group, offset))
        {
            rows.AddRange(cut);
            any |= Walk(next, nextOffset, rows);
            rows.RemoveRange(rows.Count - cut.Count, cut.Count);
        }
        if (!any)
            _dead.Add((group, offset));
        return any;
    }

    private IEnumerable<(int Group, int Offset, List<CandidateRow> Rows)> Steps(int group, int offset)
    {
        var size = Size(group);
        var first = _groups[group][0];
        // By rows, inside one group.
        if (offset % _width == 0 && size - offset >= _width && (!first.IsPipeRow || size == _width))
        {
            var tokens = TokensOf(group).Skip(offset).Take(_width).ToList();
            var end = offset + _width;
            var anchor = offset == 0 ? _anchorOf(first.LabelBefore) : null;
            var row = ByRows(tokens, anchor);
            if (row is not null)
                yield return end == size ? (group + 1, 0, [row]) : (group, end, [row]);
        }
        if (offset != 0)
            yield break;
        // By rows, across groups of single values (one cell per line, a blank line between cells).
        if (size < _width && _groups[group].All(s => s.IsSingleCellLine))
        {
            var taken = new List<(string, ValueSegment)>();
            var g = group;
            while (g < _groups.Count && taken.Count < _width && _groups[g].All(s => s.IsSingleCellLine)
                   && (g == group || _anchorOf(_groups[g][0].LabelBefore) is null))
                taken.AddRange(TokensOf(g++));
            if (taken.Count == _width && ByRows(taken, _anchorOf(first.LabelBefore)) is { } row)
                yield return (g, 0, [row]);
        }
        // By columns: width groups of k single values.
        if (size >= 2 && group + _width <= _groups.Count
            && Enumerable.Range(group, _width).All(g => Size(g) == size && _groups[g].All(s => s.IsSingleCellLine)
                                                      && (g == group || _groups[g][0].LabelBefore.Length == 0)))
            yield return (group + _width, 0, ByColumns(Enumerable.Range(group, _width).Select(g => TokensOf(g).ToList()).ToList()));
        // By columns: one group of width × k single values, a column after another with nothing between.
        if (size >= 2 * _width && size % _width == 0 && _groups[group].All(s => s.IsSingleCellLine))
        {
            var tokens = TokensOf(group).ToList();
            var k = size / _width;
            yield return (group + 1, 0, ByColumns(Enumerable.Range(0, _width).Select(c => tokens.GetRange(c * k, k)).ToList()));
        }
        // By columns: a whole run of lone values (a blank line between every two), width × k of them, column after column.
        if (IsLoneValue(group) && (group == 0 || !IsLoneValue(group - 1) || first.LabelBefore.Length > 0))
        {
            var end = group + 1;
            while (end < _groups.Count && IsLoneValue(end) && _groups[end][0].LabelBefore.Length == 0)
                end++;
            var run = Enumerable.Range(group, end - group).SelectMany(TokensOf).ToList();
            if (run.Count >= 2 * _width && run.Count % _width == 0)
            {
                var k = run.Count / _width;
                yield return (end, 0, ByColumns(Enumerable.Range(0, _width).Select(c => run.GetRange(c * k, k)).ToList()));
            }
        }
        // By columns: one group of width lines, a column each.
        var lines = _groups[group];
        if (lines.Count == _width && lines.All(s => s.WholeLine && !s.IsPipeRow) && lines[0].Tokens.Count >= 2
            && lines.All(s => s.Tokens.Count == lines[0].Tokens.Count))
            yield return (group + 1, 0, ByColumns(lines.Select(s => s.Tokens.Select(t => (t, s)).ToList()).ToList()));
        // Run together: one segment, split by the row's arithmetic.
        if (_groups[group].Count == 1 && !first.IsPipeRow && size != _width)
        {
            var split = CellSplitter.Split(first.HardCells, _width, _sums);
            if (split.Candidates.Count > 0 && !split.Truncated)
                yield return (group + 1, 0, [new CandidateRow(split.Candidates, _anchorOf(first.LabelBefore), first.SourceStart, first.Text, "split by arithmetic")]);
        }
    }

    /// <summary>A group of one value on a line of its own: what a cell-per-line layout with blank lines between cells gives.</summary>
    private bool IsLoneValue(int group) => _groups[group] is [{ IsSingleCellLine: true }];

    private CandidateRow? ByRows(List<(string Token, ValueSegment Segment)> tokens, string? anchor)
    {
        // A row label inside a row's values means the cut is wrong.
        var segments = tokens.Select(t => t.Segment).Distinct().ToList();
        if (segments.Skip(1).Any(s => _anchorOf(s.LabelBefore) is not null))
            return null;
        return new CandidateRow([tokens.Select(t => t.Token).ToList()], anchor, tokens[0].Segment.SourceStart,
            string.Join(" ", tokens.Select(t => t.Token.Length == 0 ? "_" : t.Token)), "in reading order");
    }

    private static List<CandidateRow> ByColumns(List<List<(string Token, ValueSegment Segment)>> columns)
    {
        var rows = new List<CandidateRow>();
        for (var r = 0; r < columns[0].Count; r++)
        {
            var cells = columns.Select(c => c[r].Token).ToList();
            rows.Add(new CandidateRow([cells], null, columns[0][r].Segment.SourceStart, string.Join(" ", cells), "column by column"));
        }
        return rows;
    }
}
