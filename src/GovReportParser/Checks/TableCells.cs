using GovReportParser.Catalogue;
using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>Table-sourced metric values by key, for the arithmetic checks: a narrative figure is not a table cell.</summary>
internal sealed class TableCells(MetricSet metrics)
{
    public decimal? this[string key] =>
        metrics.TryGet(key, out var value) && metrics.SourceOf(key)?.Source == MetricSet.TableSource ? value : null;

    /// <summary>The values of all <paramref name="keys"/>, or null when any is not stated.</summary>
    public decimal[]? All(IEnumerable<string> keys)
    {
        var values = new List<decimal>();
        foreach (var key in keys)
        {
            if (this[key] is not { } value)
                return null;
            values.Add(value);
        }
        return values.ToArray();
    }

    /// <summary>Row keys of a table ("result.withheld.state_secret") that have at least one table cell.</summary>
    public IReadOnlyList<string> Rows(string table, IEnumerable<TableColumn> columns)
    {
        var suffixes = columns.Select(c => "." + c.Key).ToArray();
        var prefix = table + ".";
        var keys = metrics.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && this[k] is not null).ToList();
        keys.Sort(StringComparer.Ordinal); // rows in the order of their first key, as the output lists metrics
        return keys
            .Select(k => suffixes.FirstOrDefault(s => k.EndsWith(s, StringComparison.Ordinal)) is { } s ? k[prefix.Length..^s.Length] : null)
            .OfType<string>()
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// <c>rule</c>: the cells <c>prefix.part</c> add up to <c>prefix.total</c>; null when any of them is not stated.
    /// The detail spells the addition out ("10 + 1 + 0 + 0 = 11 ≠ 总计 0").
    /// </summary>
    public CheckResult? PartsAddUp(string rule, string prefix, IEnumerable<TableColumn> parts, TableColumn total)
    {
        if (All(parts.Select(p => $"{prefix}.{p.Key}")) is not { } values || this[$"{prefix}.{total.Key}"] is not { } sumStated)
            return null;
        var sum = values.Sum();
        var ok = sum == sumStated;
        return new CheckResult(rule, ok,
            $"{string.Join(" + ", values.Select(Format))} = {Format(sum)} {(ok ? "=" : "≠")} {total.Label} {Format(sumStated)}");
    }

    public static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
