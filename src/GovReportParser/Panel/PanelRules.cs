using System.Globalization;

namespace GovReportParser.Panel;

/// <summary>
/// The checks no single report can show, over each agency's series of years:
/// <list type="bullet">
/// <item><c>panel.carry_over.&lt;column&gt;</c>: year N's 二、上年结转 equals year N−1's 四、结转下年度, column by column;</item>
/// <item><c>panel.jump.&lt;key&gt;</c>: a headline metric more than <see cref="JumpFactor"/>× or below 1/<see cref="JumpFactor"/>
/// of the agency's previous report (compared only when the earlier value is above 0);</item>
/// <item><c>panel.gap</c>: years missing inside the series;</item>
/// <item><c>panel.duplicate</c>: two reports of one agency and year stating different numbers for a key (copies of
/// one report in several formats that agree are one report).</item>
/// </list>
/// Where a year has several copies, the one stating most metrics stands for it (then the first by file name).
/// </summary>
public static class PanelRules
{
    public const decimal JumpFactor = 5;

    /// <summary>How many differing keys a duplicate finding names in its detail.</summary>
    private const int DifferencesShown = 5;

    public static IReadOnlyList<PanelFinding> Run(IEnumerable<PanelReport> reports) =>
        PanelGroups.Group(reports).Where(s => s.Reports.Count > 1).SelectMany(Run).ToArray();

    /// <summary>
    /// The same findings over a folder read without metrics (<see cref="Writers.ReportParts.Identity"/>): agencies are
    /// grouped from the light read, and each agency's reports have their metrics read only while its rules run, so
    /// that one agency's metrics are held at a time instead of the whole batch's.
    /// </summary>
    public static IReadOnlyList<PanelFinding> RunByAgency(BatchFolder folder) =>
        PanelGroups.Group(folder.Reports).Where(s => s.Reports.Count > 1)
            .SelectMany(s => Run(s with { Reports = s.Reports.Select(folder.WithMetrics).ToArray() }))
            .ToArray();

    public static IEnumerable<PanelFinding> Run(AgencySeries series)
    {
        var byYear = series.Reports.GroupBy(r => r.Year!.Value).OrderBy(g => g.Key).ToArray();
        foreach (var year in byYear)
            foreach (var finding in Duplicates(series, year.ToArray()))
                yield return finding;
        var standing = byYear.Select(g => Representative(g)).ToArray();
        for (var i = 1; i < standing.Length; i++)
        {
            var (earlier, later) = (standing[i - 1], standing[i]);
            if (later.Year - earlier.Year == 1)
                foreach (var finding in CarryOver(series, earlier, later))
                    yield return finding;
            else
                yield return Finding(series, "panel.gap", false, PanelSeverity.Review, earlier, null, later, null,
                    $"no report for {Years(earlier.Year!.Value + 1, later.Year!.Value - 1)} between {earlier.Year} and {later.Year}");
            foreach (var finding in Jumps(series, earlier, later))
                yield return finding;
        }
    }

    private static IEnumerable<PanelFinding> CarryOver(AgencySeries series, PanelReport earlier, PanelReport later)
    {
        foreach (var (column, carriedOver, carriedForward) in PanelKeys.CarryOver)
        {
            if (!earlier.Metrics.TryGetValue(carriedForward, out var forward) || !later.Metrics.TryGetValue(carriedOver, out var over))
                continue;
            var ok = over == forward;
            yield return Finding(series, $"panel.carry_over.{column}", ok, PanelSeverity.Failure, earlier, forward, later, over,
                $"{later.Year} {PanelKeys.CarriedOverLabel} {Num(over)} {(ok ? "=" : "≠")} {earlier.Year} {PanelKeys.CarriedForwardLabel} {Num(forward)}");
        }
    }

    private static IEnumerable<PanelFinding> Jumps(AgencySeries series, PanelReport earlier, PanelReport later)
    {
        foreach (var key in PanelKeys.Headline)
        {
            if (!earlier.Metrics.TryGetValue(key, out var before) || !later.Metrics.TryGetValue(key, out var after) || before <= 0)
                continue;
            if (after > before * JumpFactor || after * JumpFactor < before)
                yield return Finding(series, $"panel.jump.{key}", false, PanelSeverity.Review, earlier, before, later, after,
                    $"{earlier.Year} {Num(before)} → {later.Year} {Num(after)} (×{Num(Math.Round(after / before, 2))})");
        }
    }

    /// <summary>Copies of one year are clustered by agreement; every cluster after the first is a duplicate finding against the first.</summary>
    private static IEnumerable<PanelFinding> Duplicates(AgencySeries series, IReadOnlyList<PanelReport> copies)
    {
        if (copies.Count < 2)
            yield break;
        var clusters = new List<List<PanelReport>>();
        foreach (var copy in copies.OrderByDescending(r => r.Metrics.Count).ThenBy(r => r.File, StringComparer.Ordinal))
        {
            var home = clusters.FirstOrDefault(c => c.All(member => Agree(member, copy)));
            if (home is null)
                clusters.Add([copy]);
            else
                home.Add(copy);
        }
        for (var i = 1; i < clusters.Count; i++)
        {
            // The copy that opened this cluster disagrees with some member of the first cluster (not always its first).
            var other = clusters[i][0];
            var first = clusters[0].First(member => !Agree(member, other));
            var differences = Differences(first, other);
            var (key, a, b) = differences[0];
            var shown = string.Join("; ", differences.Take(DifferencesShown).Select(d => $"{d.Key} {Num(d.A)} ≠ {Num(d.B)}"));
            var more = differences.Count > DifferencesShown ? $"; {differences.Count - DifferencesShown} more" : "";
            yield return Finding(series, "panel.duplicate", false, PanelSeverity.Failure, first, a, other, b,
                $"two reports for {first.Year} state different numbers: {shown}{more} (first: {key})");
        }
    }

    /// <summary>Whether no key both reports state has different values (identical files agree at once). Stops at the first difference.</summary>
    private static bool Agree(PanelReport a, PanelReport b)
    {
        if (a.Sha256.Length > 0 && a.Sha256 == b.Sha256)
            return true;
        var (small, large) = a.Metrics.Count <= b.Metrics.Count ? (a.Metrics, b.Metrics) : (b.Metrics, a.Metrics);
        foreach (var (key, value) in small)
            if (large.TryGetValue(key, out var other) && other != value)
                return false;
        return true;
    }

    /// <summary>The keys both reports state with different values, in key order.</summary>
    private static List<(string Key, decimal A, decimal B)> Differences(PanelReport a, PanelReport b) =>
        a.Metrics.Where(m => b.Metrics.TryGetValue(m.Key, out var v) && v != m.Value)
            .Select(m => (m.Key, m.Value, b.Metrics[m.Key]))
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The copy that stands for a year: the one stating most metrics, then the first by file name.</summary>
    public static PanelReport Representative(IEnumerable<PanelReport> copies) =>
        copies.OrderByDescending(r => r.Metrics.Count).ThenBy(r => r.File, StringComparer.Ordinal).First();

    private static PanelFinding Finding(AgencySeries series, string rule, bool ok, PanelSeverity severity,
        PanelReport earlier, decimal? earlierValue, PanelReport later, decimal? laterValue, string detail) =>
        new(series.Agency, series.Region, rule, ok, severity,
            new PanelSide(earlier.Year!.Value, earlier.File, earlier.Json, earlierValue),
            new PanelSide(later.Year!.Value, later.File, later.Json, laterValue), detail);

    private static string Years(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    internal static string Num(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}
