using System.Text.RegularExpressions;
using GovReportParser.Text;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Cuts a table region into value segments and the label text between them, line by line. A segment starts a new
/// group when a label or a blank line (a gap in the reader's line numbers) stands before it, or when it is a pipe row:
/// groups are what a cell-per-line layout keeps of its rows and columns. Ordinals (<c>1.</c>, <c>2、</c>) belong to the
/// label they open; a page number glued to a value (<c>769-5-</c>) is page furniture, not a value.
/// </summary>
internal static partial class RegionTokeniser
{
    /// <summary>
    /// An ordinal that opens a label, a page number between dashes, or a number. Run-together text glues a row's values
    /// to the next label's ordinal (<c>00000002.其他法律</c>): the digit before the ordinal's dot is the ordinal.
    /// </summary>
    [GeneratedRegex(@"(?<ordinal>[0-9][.、](?![0-9\s]))|(?<page>-[0-9]{1,3}-(?![0-9]))|(?<number>[0-9]+?(?=[0-9][.、][^0-9\s])|[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex Token();

    [GeneratedRegex(@"\t| {2,}")]
    private static partial Regex HardSeparator();

    /// <summary>A markdown separator cell (<c>---</c>, <c>:--:</c>).</summary>
    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex SeparatorCell();

    /// <summary>A cell that states a value or says it states none (blank, dash, slash, 无): never a label.</summary>
    [GeneratedRegex(@"^(?:[0-9][0-9 ]*(?:\.[0-9]+)?|[-—–/]+|无|)$")]
    private static partial Regex ValueCell();

    /// <param name="width">Cells in a row of the table: pipe rows are trimmed of padding down to it, never below.</param>
    public static List<ValueSegment> Segments(TableText text, int sourceStart, int sourceEnd, int width)
    {
        var segments = new List<ValueSegment>();
        var label = new System.Text.StringBuilder();
        var previousLine = int.MinValue;
        var lineStart = sourceStart;
        while (lineStart < sourceEnd)
        {
            var lineEnd = text.Source.IndexOf('\n', lineStart, sourceEnd - lineStart);
            if (lineEnd < 0)
                lineEnd = sourceEnd;
            var line = text.Source[lineStart..lineEnd];
            if (line.Trim().Length > 0)
            {
                var number = text.LineNumberAt(lineStart);
                var gap = number != previousLine + 1;
                var added = line.Contains('|')
                    ? PipeRow(line, lineStart, number, width, label, segments)
                    : TextLine(line, lineStart, number, gap, label, segments);
                if (added)
                    previousLine = number;
                else
                    previousLine = int.MinValue; // a label line parts the values around it
            }
            lineStart = lineEnd + 1;
        }
        return segments;
    }

    private static bool PipeRow(string line, int start, int number, int width, System.Text.StringBuilder label, List<ValueSegment> segments)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
        if (cells.All(c => c.Length == 0 || SeparatorCell().IsMatch(c)))
            return false; // a separator row says nothing
        var lastLabel = cells.FindLastIndex(c => IsLabelCell(c));
        foreach (var cell in cells.Take(lastLabel + 1))
            label.Append(CompactText.Compacted(cell));
        var values = cells.Skip(lastLabel + 1).Select(c => c.Replace(" ", "")).ToList(); // "1 2" in one cell is a stray space
        if (values.All(v => v.Length == 0))
            return false;
        // Converters pad rows with empty cells past the table's edge, and a blank label column comes out as a leading
        // empty cell: neither is a value, but a blank inside the row is, so only cells beyond a row's width go.
        while (values.Count > width && values[^1].Length == 0)
            values.RemoveAt(values.Count - 1);
        while (values.Count > width && values[0].Length == 0)
            values.RemoveAt(0);
        segments.Add(new ValueSegment(values, values, string.Join(" | ", values), start + Math.Max(0, line.IndexOf(values.First(v => v.Length > 0), StringComparison.Ordinal)),
            number, Take(label), StartsGroup: true, WholeLine: true, IsPipeRow: true));
        return true;
    }

    private static bool IsLabelCell(string cell) => cell.Length > 0 && !ValueCell().IsMatch(cell);

    private static bool TextLine(string line, int start, int number, bool gap, System.Text.StringBuilder label, List<ValueSegment> segments)
    {
        var added = false;
        var position = 0;
        int runStart = -1, runEnd = -1;
        var tokens = new List<string>();
        var labelOnLine = false;
        foreach (Match m in Token().Matches(line))
        {
            if (m.Groups["page"].Success)
                continue;
            var between = line[position..m.Index];
            if (m.Groups["ordinal"].Success)
            {
                Flush();
                label.Append(CompactText.Compacted(between)).Append(m.Value);
                labelOnLine = true;
                position = m.Index + m.Length;
                continue;
            }
            if (RemovePages(between).Trim().Length > 0)
            {
                Flush();
                label.Append(CompactText.Compacted(RemovePages(between)));
                labelOnLine = true;
            }
            if (runStart < 0)
                runStart = m.Index;
            runEnd = m.Index + m.Length;
            tokens.Add(m.Value);
            position = runEnd;
        }
        var rest = RemovePages(line[position..]);
        var restIsLabel = rest.Trim().Length > 0;
        Flush(restIsLabel);
        if (restIsLabel)
            label.Append(CompactText.Compacted(rest));
        return added && !restIsLabel;

        void Flush(bool labelFollows = false)
        {
            if (tokens.Count == 0)
                return;
            var raw = line[runStart..runEnd];
            var hard = HardSeparator().Split(raw).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            var startsGroup = label.Length > 0 || labelOnLine || gap || added;
            segments.Add(new ValueSegment([.. tokens], hard, raw.Trim(), start + runStart, number, Take(label), startsGroup,
                WholeLine: !labelOnLine && !labelFollows && !added, IsPipeRow: false));
            added = true;
            tokens.Clear();
            runStart = -1;
        }
    }

    private static string RemovePages(string s) => s.Contains('-') ? Regex.Replace(s, "-[0-9]{1,3}-(?![0-9])", "") : s;

    private static string Take(System.Text.StringBuilder label)
    {
        var s = label.ToString();
        label.Clear();
        return s;
    }
}
