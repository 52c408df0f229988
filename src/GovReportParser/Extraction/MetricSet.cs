using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Extraction;

/// <summary>
/// Metric values with their provenance. A table value outranks a narrative one for the same key; when both are stated
/// and differ, the disagreement is kept so that a check can report it (published reports do contradict themselves).
/// </summary>
public sealed class MetricSet
{
    public const string TableSource = MetricSourceNames.Table;
    public const string NarrativeSource = MetricSourceNames.Narrative;

    private readonly Dictionary<string, (decimal Value, MetricSource Source)> _values = new(StringComparer.Ordinal);
    private readonly List<MetricConflict> _conflicts = [];

    public IReadOnlyList<MetricConflict> Conflicts => _conflicts;

    public int Count => _values.Count;

    /// <summary>The keys stated, in no particular order.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public bool TryGet(string key, out decimal value)
    {
        var found = _values.TryGetValue(key, out var entry);
        value = entry.Value;
        return found;
    }

    public MetricSource? SourceOf(string key) => _values.TryGetValue(key, out var e) ? e.Source : null;

    /// <summary>Sets a metric unless a higher-ranked source already stated it.</summary>
    public void Set(string key, decimal value, MetricSource source)
    {
        if (_values.TryGetValue(key, out var existing))
        {
            if (existing.Value != value)
                _conflicts.Add(new MetricConflict(key, existing.Value, existing.Source, value, source));
            if (Rank(existing.Source) > Rank(source))
                return;
            if (Rank(existing.Source) == Rank(source) && existing.Source.Source == NarrativeSource)
                return; // the first narrative statement of a metric is usually the headline one
        }
        _values[key] = (value, source);
    }

    /// <summary>The values by key in ordinal key order (array-backed: built once, sorted once, read in order).</summary>
    public SortedList<string, decimal> ToDictionary() =>
        new(_values.ToDictionary(kv => kv.Key, kv => kv.Value.Value), StringComparer.Ordinal);

    public SortedList<string, MetricSource> SourcesToDictionary() =>
        new(_values.ToDictionary(kv => kv.Key, kv => kv.Value.Source), StringComparer.Ordinal);

    private static int Rank(MetricSource s) => s.Source == TableSource ? 2 : 1;
}

/// <summary>Two statements of the same metric that disagree.</summary>
public sealed record MetricConflict(string Key, decimal First, MetricSource FirstSource, decimal Second, MetricSource SecondSource);
