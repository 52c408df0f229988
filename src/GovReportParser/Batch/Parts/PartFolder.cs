using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportParser.Batch.Parts;

/// <summary>
/// Where a shard of a sharded run (N &gt; 1) writes its tables: <c>OUTDIR/parts/K-of-N/</c>, K zero-padded to the width of
/// N (<c>parts/03-of-12/</c>), so that the folders sort in shard order and <c>collect</c> finds them.
/// </summary>
public static partial class PartFolder
{
    /// <summary>The folder below the output folder that holds the parts.</summary>
    public const string PartsFolder = "parts";

    [GeneratedRegex("^([0-9]+)-of-([0-9]+)$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^parts/[0-9]+-of-[0-9]+(/|$)")]
    private static partial Regex InsideAPartPattern();

    public static string Name(Shard shard)
    {
        var width = shard.Count.ToString(CultureInfo.InvariantCulture).Length;
        return $"{shard.Index.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}-of-{shard.Count.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The shard a part folder's name stands for; null when the name is not one <see cref="Name"/> gives.</summary>
    public static Shard? Parse(string name)
    {
        var m = NamePattern().Match(name);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var k) || !int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
            return null;
        var shard = new Shard(k, n);
        return Name(shard) == name ? shard : null;
    }

    public static string PartsDirectory(string outputDirectory) => Path.Combine(outputDirectory, PartsFolder);

    public static string PathOf(string outputDirectory, Shard shard) => Path.Combine(PartsDirectory(outputDirectory), Name(shard));

    /// <summary>
    /// Whether an output path (relative to the output folder, '/'-separated) falls inside a part folder, which a retry
    /// replaces whole: a report's JSON is never written there.
    /// </summary>
    public static bool IsInsideAPart(string relative) => InsideAPartPattern().IsMatch(relative);
}
