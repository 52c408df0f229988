namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Table 4's values in the order a text layer without layout reads them (one value a line), which may interleave the
/// blocks: <c>pdftotext</c> has been seen to give block A's four parts, block C's four parts, A's total, B's parts, B's
/// total, C's total.
/// A reading assigns every value to one cell such that
/// <list type="bullet">
/// <item>(a) each block's parts keep their column order: a layer reads a block's cells along the printed row, left to
///   right; without it, parts of one block could swap freely under the same sum and no part would ever be certain;</item>
/// <item>(b) each block's total comes after its own parts: 总计 is the block's last column, read after the others;
///   without it a total could stand for any value that happens to equal a sum of the four after it;</item>
/// <item>(c) the totals keep the header's block order (复议, 未经复议直接起诉, 复议后起诉): the totals stand in one column
///   of the printed row; without it two blocks could trade totals and parts whenever their sums allow;</item>
/// <item>(d) each block's parts add up to its total: the one thing that confirms a reading at all;</item>
/// <item>(e) each block's parts are read as one unbroken run: the four result cells stand side by side under one group
///   header, and a layer takes them as one block of text; where it parts cells, it parts a total from its block.
///   Without it, small values trade places between blocks whenever the sums allow: <c>6 3 2 1 2 1 0 3 12 4 0 1 0 5 6</c>
///   (A's parts, C's parts, A's total, B's parts and total, C's total) admits 65 different sets of cells, which agree
///   on the totals and A's 结果维持 only; with it, one.</item>
/// </list>
/// A cell is certain when every reading gives it the same value (zeros make many readings that differ only in which
/// 0 goes where: values are compared, not positions). The constraints admit many orders no layer prints; each one
/// admitted can only make a cell unsure, never a wrong value certain. A wrong value needs the layer's true order to
/// break a constraint (a block read right to left, a total before its parts) while one false reading holds them all:
/// then the true reading is not among the candidates. Row order and block after block are both admitted.
/// </summary>
internal static class Table4Interleaving
{
    /// <summary>States of the search explored at most: beyond it no cell is certain (and no input hangs).</summary>
    private const int MaxStates = 200_000;

    /// <summary>
    /// The cells every reading of <paramref name="values"/> agrees on ("" where readings differ), or null when no
    /// reading holds, the count is not the table's, or the search is too large to finish.
    /// </summary>
    public static Table4Reading? Read(IReadOnlyList<string> values, SumGroups blocks)
    {
        if (values.Count != blocks.CellCount)
            return null;
        var numbers = new decimal[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (CellText.Value(values[i]) is not { } number)
                return null; // a blank or a dash: the sums can confirm nothing
            numbers[i] = number;
        }
        var search = new Search(numbers, blocks);
        var readings = search.Count(new State(new int[blocks.GroupSizes.Count], new decimal[blocks.GroupSizes.Count]));
        if (search.Exhausted || readings == 0)
            return null;
        var cells = new List<string>();
        var unsure = new List<int>();
        for (var cell = 0; cell < values.Count; cell++)
        {
            var seen = search.Seen[cell];
            if (seen.Count == 1)
                cells.Add(values[seen.Values.Single()]);
            else
            {
                cells.Add("");
                unsure.Add(cell);
            }
        }
        return new Table4Reading(cells, unsure, readings);
    }

    /// <summary>How far each block has been read (parts placed, then its total) and its parts' sum so far.</summary>
    private sealed record State(int[] Progress, decimal[] Sums)
    {
        public int Position => Progress.Sum();

        public string Key => $"{string.Join(",", Progress)}|{string.Join(",", Sums)}";
    }

    private sealed class Search(decimal[] numbers, SumGroups blocks)
    {
        private readonly Dictionary<string, long> _readings = [];
        private readonly int[] _firstCell = [.. blocks.GroupSizes.Select((_, b) => blocks.GroupSizes.Take(b).Sum())];

        /// <summary>For each cell, the values it takes in some complete reading, with a position that gives it.</summary>
        public Dictionary<decimal, int>[] Seen { get; } = [.. numbers.Select(_ => new Dictionary<decimal, int>())];

        public bool Exhausted { get; private set; }

        /// <summary>The number of complete readings from <paramref name="state"/>; each state is expanded once.</summary>
        public long Count(State state)
        {
            var position = state.Position;
            if (position == numbers.Length)
                return 1;
            if (_readings.TryGetValue(state.Key, out var known))
                return known;
            if (Exhausted || _readings.Count >= MaxStates)
            {
                Exhausted = true;
                return 0;
            }
            long total = 0;
            var value = numbers[position];
            var open = OpenBlock(state);
            for (var block = 0; block < blocks.GroupSizes.Count; block++)
            {
                var slot = state.Progress[block];
                var size = blocks.GroupSizes[block];
                if (slot == size || (open >= 0 && block != open))
                    continue;
                var isTotal = slot == size - 1;
                if (isTotal && (state.Sums[block] != value || !EarlierTotalsPlaced(state, block)))
                    continue;
                var next = new State([.. state.Progress], [.. state.Sums]);
                next.Progress[block]++;
                if (!isTotal)
                    next.Sums[block] += value;
                var readings = Count(next);
                if (readings == 0)
                    continue;
                total += readings;
                Seen[_firstCell[block] + slot].TryAdd(value, position);
            }
            _readings[state.Key] = total;
            return total;
        }

        /// <summary>The block whose run of parts has begun and not ended, which alone may take the next value; or -1.</summary>
        private int OpenBlock(State state)
        {
            for (var block = 0; block < blocks.GroupSizes.Count; block++)
                if (state.Progress[block] > 0 && state.Progress[block] < blocks.GroupSizes[block] - 1)
                    return block;
            return -1;
        }

        private bool EarlierTotalsPlaced(State state, int block)
        {
            for (var earlier = 0; earlier < block; earlier++)
                if (state.Progress[earlier] != blocks.GroupSizes[earlier])
                    return false;
            return true;
        }
    }
}

/// <summary>
/// What the interleaved readings agree on: the cells in table order ("" where they differ), the cells left unsure,
/// and how many readings hold.
/// </summary>
internal sealed record Table4Reading(IReadOnlyList<string> Cells, IReadOnlyList<int> Unsure, long Readings);
