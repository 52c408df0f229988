using System.Text;
using GovReportParser.Model;
using GovReportParser.Readers;

namespace GovReportParser.Normalisation;

/// <summary>
/// Cleans what bad script-conversion sites leave in a text, before T2S (debris interrupts its phrase matches):
/// <list type="bullet">
/// <item>tone-marked pinyin after a Han character is an annotation and is dropped: <c>發(fā)布</c> → <c>發布</c>;</item>
/// <item>a damaged run — starting at a <c>?</c> or at pinyin that follows no Han character, going on through further
/// <c>?</c>, pinyin (its opening parenthesis possibly eaten), one or two stray ASCII characters before a pinyin group, and
/// rare mojibake Han between them — stands for lost characters (see <see cref="ScanDamage"/> for how they are counted):
/// each becomes U+FFFD under one <c>lost-character</c> warning, except that the last is restored when its pinyin and the
/// next character make one common word (<see cref="LostCharacterWords"/>); the warning says so.</item>
/// </list>
/// A lone <c>?</c> with no debris around it is left alone: it may be a real question mark.
/// </summary>
public sealed class ConversionDebrisNormaliser(TraditionalToSimplified converter) : INormaliser
{
    public const string LostCharacter = "lost-character";
    private const char Replacement = '\uFFFD';

    public static ConversionDebrisNormaliser Default { get; } = new(TraditionalToSimplified.Default);

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        Block? previous = null;
        var titled = document.TitleHint is { } title ? document with { TitleHint = Clean(title, null, diagnostics) } : document;
        return titled.RewriteTexts(b =>
        {
            // A line or page break can fall between a character and its annotation: `…認` / `(rèn)真貫徹…`; page numbers
            // between the two do not count.
            var wrappedAfterHan = previous is { } p && p.Text.Length > 0 && Han.Is(p.Text[^1]);
            if (!PageFurnitureMarker.IsPageNumber(b.Text))
                previous = b;
            return Clean(b.Text, b.Source.Line, diagnostics, wrappedAfterHan);
        });
    }

    internal string Clean(string text, int? line, Diagnostics diagnostics, bool wrappedAfterHan = false)
    {
        if (text.IndexOfAny(['(', '?']) < 0)
            return text;
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var afterHan = i > 0 ? Han.Is(text[i - 1]) : wrappedAfterHan;
            if (afterHan && Pinyin.TryMatch(text, i, openOptional: false, out var annotation, out _))
            {
                i += annotation;
                continue;
            }
            if (StartsDamage(text, i) && ScanDamage(text, i) is { } damage)
            {
                output.Append(Repair(text, damage, line, diagnostics));
                i = damage.End;
                continue;
            }
            output.Append(text[i++]);
        }
        return output.ToString();
    }

    private static bool StartsDamage(string text, int i) =>
        text[i] == '?' || text[i] == '(' && (i == 0 || !Han.Is(text[i - 1])) && Pinyin.TryMatch(text, i, false, out _, out _);

    /// <summary>A damaged run: each lost character with the pinyin that survived for it (null when none did).</summary>
    private sealed record Damage(int Start, int End, List<string?> Lost);

    /// <summary>
    /// The damaged run starting at <paramref name="start"/>, or null when it is not debris (a lone question mark).
    /// Each <c>?</c> is one lost character, and so are stray ASCII characters before pinyin (the character's own bytes,
    /// mangled); pinyin belongs to the lost character before it, or is one by itself when that one already has pinyin.
    /// Rare Han between the pieces is mojibake of bytes that straddle them and stands for nothing further.
    /// </summary>
    private static Damage? ScanDamage(string text, int start)
    {
        var lost = new List<string?>();
        var i = start;
        while (i < text.Length)
        {
            if (text[i] == '?')
            {
                lost.Add(null);
                i++;
            }
            else if (Pinyin.TryMatch(text, i, openOptional: i > start, out var length, out var syllable))
            {
                if (lost.Count > 0 && lost[^1] is null)
                    lost[^1] = syllable;
                else
                    lost.Add(syllable);
                i += length;
            }
            else if (i > start && StrayBeforePinyin(text, i) is var stray and > 0)
            {
                lost.Add(null);
                i += stray;
            }
            else if (i > start && Han.Is(text[i]) && !CommonHan.Contains(text[i]) && i + 1 < text.Length
                     && (text[i + 1] == '?' || Pinyin.TryMatch(text, i + 1, true, out _, out _)))
                i++;
            else
                break;
        }
        var lone = lost.Count < 2 && lost.All(p => p is null);
        return lone ? null : new Damage(start, i, lost);
    }

    /// <summary>One or two ASCII characters (what mojibake makes of a character's bytes) directly before a pinyin group.</summary>
    private static int StrayBeforePinyin(string text, int i)
    {
        for (var n = 1; n <= 2 && i + n < text.Length; n++)
        {
            if (!IsStray(text[i + n - 1]))
                return 0;
            if (Pinyin.TryMatch(text, i + n, false, out _, out _))
                return n;
        }
        return 0;
    }

    private static bool IsStray(char c) => char.IsAsciiLetter(c) || c is ',' or '.' or ';' or ':';

    private string Repair(string text, Damage damage, int? line, Diagnostics diagnostics)
    {
        var debris = text[damage.Start..damage.End];
        var count = damage.Lost.Count;
        var syllables = damage.Lost.OfType<string>().ToArray();
        var pinyin = syllables.Length > 0 ? $" (pinyin {string.Join(' ', syllables)})" : "";
        var lostText = $"{count} lost character{(count > 1 ? "s" : "")}";
        if (damage.Lost[^1] is { } last && damage.End < text.Length
            && LostCharacterWords.TryRestore(last, SimplifiedForm(text[damage.End]), out var restored, out var word))
        {
            diagnostics.Warn(LostCharacter, $"\"{debris}\"{pinyin}: {lostText}; the last restored as \"{restored}\" (the common word {word})"
                + (count > 1 ? ", the others marked U+FFFD" : ""), line);
            return new string(Replacement, count - 1) + restored;
        }
        diagnostics.Warn(LostCharacter, $"\"{debris}\"{pinyin}: {lostText}, marked U+FFFD", line);
        return new string(Replacement, count);
    }

    private char SimplifiedForm(char c) => converter.Convert(c.ToString()) is { Length: 1 } s ? s[0] : c;
}
