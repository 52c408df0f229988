using System.Buffers;

namespace GovReportParser.Normalisation;

/// <summary>
/// Traditional → simplified exactly as <c>opencc -c t2s.json</c> (OpenCC 1.1.6) does it: at each position the longest
/// TSPhrases key wins, else the TSCharacters entry of the character, else the character is copied; always the first
/// candidate. (OpenCC first segments by forward maximum matching over TSPhrases and then converts each segment with the
/// group [TSPhrases, TSCharacters]; since TSCharacters keys are single characters, that is the same as this single pass.)
/// Built for throughput: flat per-UTF-16-unit tables instead of hashing; a phrase is probed only where one can start, by
/// comparing the few keys that start with that character, longest first.
/// Immutable after construction, so one instance serves any number of threads.
/// </summary>
public sealed class TraditionalToSimplified
{
    // No TSCharacters or TSPhrases key starts below CJK Extension A, so everything under it is copied without a lookup.
    private const char FirstKeyUnit = '\u3400';

    private static readonly Lazy<TraditionalToSimplified> Shared = new(() =>
        new TraditionalToSimplified(OpenCcDictionary.LoadEmbedded("TSPhrases"), OpenCcDictionary.LoadEmbedded("TSCharacters")));

    /// <summary>The converter on the embedded OpenCC 1.1.6 dictionaries (loaded on first use).</summary>
    public static TraditionalToSimplified Default => Shared.Value;

    // BMP character → its one-unit simplified form; '\0' where the character has no such entry.
    private readonly char[] _single = new char[char.MaxValue + 1];
    // Entries _single cannot hold: astral keys (by code point) and BMP keys whose value is not one BMP unit.
    private readonly Dictionary<int, string> _other = [];
    // BMP characters whose simplified form differs from them: script detection asks this of every Han character.
    private readonly System.Collections.BitArray _traditionalOnly = new(char.MaxValue + 1);
    // Per first UTF-16 unit: the phrase entries starting with it, longest key first; null where none does.
    private readonly KeyValuePair<string, string>[]?[] _phrasesByFirst = new KeyValuePair<string, string>[]?[char.MaxValue + 1];

    public TraditionalToSimplified(IEnumerable<KeyValuePair<string, string>> phrases, IEnumerable<KeyValuePair<string, string>> characters)
    {
        foreach (var (key, value) in characters)
        {
            var codePoint = char.ConvertToUtf32(key, 0);
            if (key.Length == 1 && value.Length == 1)
                _single[key[0]] = value[0];
            else
                _other[codePoint] = value;
        }

        for (var c = 0; c <= char.MaxValue; c++)
            _traditionalOnly[c] = _single[c] != '\0' ? _single[c] != c : _other.ContainsKey(c);

        var firstEntryPerKey = phrases.Where(p => p.Key.Length > 0).DistinctBy(p => p.Key, StringComparer.Ordinal);
        foreach (var group in firstEntryPerKey.GroupBy(p => p.Key[0]))
            _phrasesByFirst[group.Key] = group.OrderByDescending(p => p.Key.Length).ToArray();
    }

    /// <summary>True when the character has a simplified form different from itself (a traditional-only character).</summary>
    public bool IsTraditionalOnly(char c) => _traditionalOnly[c];

    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return text;
        // A value is at most two UTF-16 units per unit of its key (BMP key → astral value), so 2n never overflows.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length * 2);
        try
        {
            var written = Convert(text, buffer);
            return text.AsSpan().SequenceEqual(buffer.AsSpan(0, written)) ? text : new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Converts into <paramref name="destination"/> (at least twice the source length); returns the units written.</summary>
    public int Convert(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length * 2)
            throw new ArgumentException("destination must hold twice the source length", nameof(destination));
        var single = _single;
        var phrasesByFirst = _phrasesByFirst;
        int i = 0, j = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c < FirstKeyUnit)
            {
                destination[j++] = c;
                i++;
                continue;
            }
            if (phrasesByFirst[c] is { } candidates && LongestPhrase(source[i..], candidates) is { } phrase)
            {
                phrase.Value.CopyTo(destination[j..]);
                j += phrase.Value.Length;
                i += phrase.Key.Length;
                continue;
            }
            var mapped = single[c];
            if (mapped != '\0')
            {
                destination[j++] = mapped;
                i++;
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
            if (_other.Count > 0 && _other.TryGetValue(width == 2 ? char.ConvertToUtf32(c, source[i + 1]) : c, out var value))
            {
                value.CopyTo(destination[j..]);
                j += value.Length;
            }
            else
            {
                source.Slice(i, width).CopyTo(destination[j..]);
                j += width;
            }
            i += width;
        }
        return j;
    }

    private static KeyValuePair<string, string>? LongestPhrase(ReadOnlySpan<char> rest, KeyValuePair<string, string>[] candidates)
    {
        foreach (var candidate in candidates)
            if (rest.StartsWith(candidate.Key, StringComparison.Ordinal))
                return candidate;
        return null;
    }
}
