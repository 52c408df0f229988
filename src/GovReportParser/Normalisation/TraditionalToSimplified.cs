using System.Buffers;

namespace GovReportParser.Normalisation;

/// <summary>
/// Traditional → simplified exactly as <c>opencc -c t2s.json</c> (OpenCC 1.1.6) does it: at each position the longest
/// TSPhrases key wins, else the TSCharacters entry of the character, else the character is copied; always the first
/// candidate. (OpenCC first segments by forward maximum matching over TSPhrases and then converts each segment with the
/// group [TSPhrases, TSCharacters]; since TSCharacters keys are single characters, that is the same as this single pass.)
/// Built for throughput: flat per-UTF-16-unit tables instead of hashing, phrase probes only where a phrase can start.
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
    // Per first UTF-16 unit of a phrase key: bit n set when some key of length n starts with it.
    private readonly uint[] _phraseLengths = new uint[char.MaxValue + 1];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phrases;

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

        var phraseTable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in phrases)
        {
            if (key.Length is < 2 or > 31)
                throw new ArgumentException($"phrase key '{key}' is outside the supported length 2–31");
            phraseTable.TryAdd(key, value);
            _phraseLengths[key[0]] |= 1u << key.Length;
        }
        _phrases = phraseTable.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the character has a simplified form different from itself (a traditional-only character).</summary>
    public bool IsTraditionalOnly(char c) => _single[c] is var s && s != '\0' ? s != c : _other.ContainsKey(c);

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
        var phraseLengths = _phraseLengths;
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
            if (phraseLengths[c] != 0 && TryPhrase(source[i..], phraseLengths[c], out var phraseLength, out var phraseValue))
            {
                phraseValue.CopyTo(destination[j..]);
                j += phraseValue.Length;
                i += phraseLength;
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

    private bool TryPhrase(ReadOnlySpan<char> rest, uint lengths, out int length, out string value)
    {
        // Longest first: drop the bits of lengths that do not fit in the rest of the text.
        if (rest.Length < 31)
            lengths &= (2u << rest.Length) - 1;
        while (lengths != 0)
        {
            length = 31 - System.Numerics.BitOperations.LeadingZeroCount(lengths);
            if (_phrases.TryGetValue(rest[..length], out value!))
                return true;
            lengths &= ~(1u << length);
        }
        length = 0;
        value = "";
        return false;
    }
}
