using System.Globalization;

namespace GovReportParser.Extraction.Tables;

/// <summary>How the cells of one row were read: the candidates (exactly one when the row is settled) and how.</summary>
internal sealed record SplitResult(IReadOnlyList<IReadOnlyList<string>> Candidates, string Method, bool Truncated = false)
{
    /// <summary>The method of a split the separators gave, one value a cell, with no arithmetic.</summary>
    public const string OneValueACell = "cells";

    public bool IsSettled => Candidates.Count == 1 && !Truncated;

    /// <summary>Why no candidate was found, where it is not that no cut satisfies the row's arithmetic.</summary>
    public string? Why { get; init; }

    public static SplitResult Nothing(string method) => new([], method);
}

/// <summary>
/// Turns the cells read after a label into exactly the number of cells the row has. Separators as written win when they
/// give the right count; otherwise the digits are run together (what flattened text does) and every way of cutting them
/// into cells that satisfies the row's arithmetic is a candidate. Cuts never cross a hard separator, and no cell but 0
/// starts with 0.
/// </summary>
internal static class CellSplitter
{
    private const int MaxDigitsPerCell = 12;
    private const int MaxCandidates = 64;
    private const int StepBudget = 2_000_000;

    public static SplitResult Split(IReadOnlyList<string> cells, int count, SumGroups groups)
    {
        if (cells.Count == 0)
            return SplitResult.Nothing("empty");
        if (cells.Count == count && cells.All(c => c.Length == 0 || CellText.IsValueText(c)))
            return new([cells], SplitResult.OneValueACell);
        // Separators that give exactly the row's cells fix each cell's place, blanks included: a space left inside one
        // (a converter's "4 7") is a stray space in a number, not a cell boundary that would shift the cells after it.
        if (cells.Count == count && cells.Any(c => c.Contains(' ')) && cells.All(IsOneNumberWithStraySpace))
            return new([cells.Select(c => c.Replace(" ", "")).ToList()], SplitResult.OneValueACell);
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == count && filled.All(CellText.IsValueText))
            return new([filled], SplitResult.OneValueACell);
        var tokens = WithUnits(filled.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // A blank between two values holds a place; cells cut again at spaces would shift past it.
        var blankInside = cells.Count > 2 && cells.Skip(1).Take(cells.Count - 2).Any(c => c.Length == 0);
        if (!blankInside && tokens.Count == count && tokens.All(CellText.IsValueText))
            return new([tokens], "spaces");
        return Segment(filled, count, groups);
    }

    /// <summary>Space-parted tokens with a unit standing alone (<c>5000 元</c>) put back on the number before it.</summary>
    private static List<string> WithUnits(IEnumerable<string> tokens)
    {
        var list = new List<string>();
        foreach (var token in tokens)
        {
            if (token is Catalogue.Units.Yuan or Catalogue.Units.TenThousandYuan && list.Count > 0 && CellText.IsPlainNumber(list[^1]))
                list[^1] += token;
            else
                list.Add(token);
        }
        return list;
    }

    /// <summary>A blank cell, or one number with a space or two inside it (<c>4 7</c>, <c>1 024</c>), never a list of numbers.</summary>
    private static bool IsOneNumberWithStraySpace(string cell)
    {
        if (cell.Length == 0)
            return true;
        var joined = cell.Replace(" ", "");
        return cell.Count(c => c == ' ') <= 2 && joined.Length <= MaxDigitsPerCell && CellText.IsValueText(joined);
    }

    /// <summary>All cuts of the run-together digits into <paramref name="count"/> cells that satisfy <paramref name="groups"/>.</summary>
    public static SplitResult Segment(IReadOnlyList<string> cells, int count, SumGroups groups)
    {
        var digits = new System.Text.StringBuilder();
        var hardCuts = new HashSet<int>();
        foreach (var cell in cells)
        {
            var text = CellText.StripUnit(cell).Replace(" ", "");
            if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c == '.'))
                return SplitResult.Nothing("not digits");
            digits.Append(text);
            hardCuts.Add(digits.Length);
        }
        var search = new Search(digits.ToString(), hardCuts, count, groups);
        search.Run(0, 0);
        return new(search.Found, "arithmetic", search.Truncated);
    }

    private sealed class Search(string digits, HashSet<int> hardCuts, int count, SumGroups groups)
    {
        // Where each cell so far ends: cells become strings only in a split that is found.
        private readonly List<int> _ends = [];
        private readonly List<decimal> _values = [];
        private int _steps;

        public List<IReadOnlyList<string>> Found { get; } = [];
        public bool Truncated { get; private set; }

        public void Run(int position, int index)
        {
            if (Truncated || ++_steps > StepBudget)
            {
                Truncated = true;
                return;
            }
            if (index == count)
            {
                if (position == digits.Length)
                {
                    if (Found.Count >= MaxCandidates)
                        Truncated = true;
                    else
                        Found.Add(Pieces());
                }
                return;
            }
            var cellsLeft = count - index;
            for (var length = 1; length <= MaxDigitsPerCell && position + length <= digits.Length; length++)
            {
                var end = position + length;
                var rest = digits.Length - end;
                if (rest < cellsLeft - 1 || CrossesHardCut(position, end))
                    break; // longer cells leave too few digits, or run across a separator
                if (rest > (cellsLeft - 1) * MaxDigitsPerCell)
                    continue; // too many digits left for the remaining cells
                var piece = digits.AsSpan(position, length);
                if (!CellText.IsPlainNumber(piece))
                    continue;
                _ends.Add(end);
                _values.Add(decimal.Parse(piece, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
                if (!groups.Violated(_values, _values.Count))
                    Run(end, index + 1);
                _ends.RemoveAt(_ends.Count - 1);
                _values.RemoveAt(_values.Count - 1);
            }
        }

        private string[] Pieces()
        {
            var pieces = new string[_ends.Count];
            for (var i = 0; i < pieces.Length; i++)
                pieces[i] = digits[(i == 0 ? 0 : _ends[i - 1]).._ends[i]];
            return pieces;
        }

        /// <summary>A cell may end at a hard separator but not run across one.</summary>
        private bool CrossesHardCut(int start, int end)
        {
            for (var i = start + 1; i < end; i++)
                if (hardCuts.Contains(i))
                    return true;
            return false;
        }
    }
}
