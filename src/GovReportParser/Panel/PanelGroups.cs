using GovReportParser.Normalisation;

namespace GovReportParser.Panel;

/// <summary>One agency's reports across years: its identity key, the name and region to show, and its reports by year.</summary>
public sealed record AgencySeries(string Key, string Agency, string? Region, IReadOnlyList<PanelReport> Reports)
{
    /// <summary>The distinct years the series covers, ascending.</summary>
    public IReadOnlyList<int> Years { get; } = Reports.Select(r => r.Year!.Value).Distinct().Order().ToArray();
}

/// <summary>Groups reports by agency identity (<see cref="AgencyIdentity"/>) and orders each group by year, then file.</summary>
public static class PanelGroups
{
    /// <summary>Every agency with at least one report that names it and its year, in key order.</summary>
    public static IReadOnlyList<AgencySeries> Group(IEnumerable<PanelReport> reports)
    {
        var keyed = reports
            .Where(r => r.Year is not null)
            .Select(r => (Key: AgencyIdentity.Key(r.Agency), Report: r))
            .Where(x => x.Key is not null)
            .ToArray();
        var merged = MergeWithHigherDivision(keyed.Select(x => x.Key!).Distinct(StringComparer.Ordinal).ToArray());
        return keyed
            .GroupBy(x => merged[x.Key!], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.Select(x => x.Report).OrderBy(r => r.Year).ThenBy(r => r.File, StringComparer.Ordinal).ToArray();
                // The name and region shown are the latest report's: names grow more formal over the years.
                var latest = ordered[^1];
                return new AgencySeries(g.Key, latest.Agency!, ordered.LastOrDefault(r => r.Region is not null)?.Region, ordered);
            })
            .ToArray();
    }

    /// <summary>
    /// Maps each key to the key of its group: a short name (洪泽区) joins the one longer name that writes a higher
    /// division in front of it (淮安市洪泽区); with no such name, or with several, it stays on its own.
    /// </summary>
    private static Dictionary<string, string> MergeWithHigherDivision(IReadOnlyList<string> keys)
    {
        var map = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        foreach (var shortKey in keys.Where(StartsWithDivision))
        {
            var longer = keys.Where(k => k.Length > shortKey.Length && k.EndsWith(shortKey, StringComparison.Ordinal)
                && AgencyIdentity.HigherDivisionEnds.Contains(k[k.Length - shortKey.Length - 1])).ToArray();
            if (longer.Length == 1)
                map[shortKey] = longer[0];
        }
        return map;
    }

    /// <summary>洪泽区 or 洪泽区教育局, not 教育局: a bare office name could be any city's.</summary>
    private static bool StartsWithDivision(string key) => key.AsSpan().IndexOfAny(AgencyIdentity.DivisionEnds) > 0;
}
