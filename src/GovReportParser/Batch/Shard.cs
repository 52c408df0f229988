using System.Text.RegularExpressions;

namespace GovReportParser.Batch;

/// <summary>
/// Shard K of N: the K-th contiguous slice of the sorted inputs, so that the N shards' tables concatenated in shard order
/// equal one unsharded run. (The skipped inputs' rows, which a run writes after all the others, belong to the last shard.)
/// </summary>
public sealed partial record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    [GeneratedRegex(@"^\s*([0-9]+)\s*/\s*([0-9]+)\s*$")]
    private static partial Regex Pattern();

    /// <summary>Reads "K/N" (1 ≤ K ≤ N); null when the text is not such a shard.</summary>
    public static Shard? Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, out var k) || !int.TryParse(m.Groups[2].Value, out var n) || n < 1 || k < 1 || k > n)
            return null;
        return new Shard(k, n);
    }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items)
    {
        var start = (int)((long)items.Count * (Index - 1) / Count);
        var end = (int)((long)items.Count * Index / Count);
        return items.Skip(start).Take(end - start).ToArray();
    }

    /// <summary>
    /// All of <paramref name="items"/> in the last shard, none in the others: for rows a run writes after all the
    /// others (skipped inputs), so that the shards concatenated still give them at the end, as one run does.
    /// </summary>
    public IReadOnlyList<T> Trailing<T>(IReadOnlyList<T> items) => Index == Count ? items : [];

    public override string ToString() => $"{Index}/{Count}";
}
