using System.Text;
using System.Text.RegularExpressions;

namespace GovReportParser.Catalogue;

/// <summary>
/// The one function that turns label words into the regex that finds a label in compact text (no whitespace, ASCII
/// digits and brackets). Between any two Han characters of a word, a run of values may sit: PDF text layers print a
/// wrapped label's cell lines around the row's values (<c>4.保护第三 / 0 0 0 … / 方合法权益</c>), which compact text
/// joins into <c>保护第三0000000方合法权益</c>; the values are then read from inside the label. Nothing is inserted
/// between words, inside character classes or around ordinals.
/// </summary>
public static class LabelPattern
{
    /// <summary>The values that may sit inside a word: digits and decimal points, up to a row's worth.</summary>
    public const string ValuesInside = "[0-9.]{0,60}";

    /// <summary>Characters a wrapped label's middle is made of: Han, digits, and the punctuation labels print.</summary>
    private const string LabelCharacter = @"[\u3400-\u9fff0-9.,、“”""'()/-]";

    /// <summary>The regex source of <paramref name="parts"/> in order.</summary>
    public static string Build(IEnumerable<LabelPart> parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
            Append(sb, part);
        return sb.ToString();
    }

    public static string Build(params LabelPart[] parts) => Build((IEnumerable<LabelPart>)parts);

    /// <summary>The label pattern compiled for compact text. Interpreted, not compiled: compiling the sixty-odd label
    /// patterns cost a quarter of a second at every start (a single parse took 0.57 s instead of 0.30 s), and a batch of
    /// 10,000 reports runs no faster with them compiled.</summary>
    public static Regex Compile(IEnumerable<LabelPart> parts) => new(Build(parts), RegexOptions.CultureInvariant);

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff';

    private static void Append(StringBuilder sb, LabelPart part)
    {
        switch (part)
        {
            case LabelPart.Word word:
                AppendWord(sb, word);
                break;
            case LabelPart.Optional optional:
                sb.Append("(?:").Append(Build(optional.Parts)).Append(")?");
                break;
            case LabelPart.OneOf oneOf:
                sb.Append('[');
                foreach (var c in oneOf.Characters)
                    sb.Append(c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString());
                sb.Append(']').Append(oneOf.MayBeMissing ? "?" : "");
                break;
            case LabelPart.AnyOf any:
                sb.Append("(?:").AppendJoin('|', any.Alternatives.Select(Build)).Append(')');
                break;
            case LabelPart.FollowedBy followedBy:
                sb.Append("(?=").Append(Build(followedBy.Parts)).Append(')');
                break;
            case LabelPart.Ordinal ordinal:
                sb.Append(@"(?:\(?").Append(Regex.Escape(ordinal.Number)).Append(@"\)?[.、]?)?");
                break;
            case LabelPart.Wrapped wrapped:
                sb.Append(Build(wrapped.Head)).Append("(?:").Append(LabelCharacter)
                    .Append('{').Append(0).Append(',').Append(wrapped.MaxBetween).Append("}?")
                    .Append(Build(wrapped.Last)).Append(")?");
                break;
            default:
                throw new ArgumentException($"unknown label part {part.GetType().Name}", nameof(part));
        }
    }

    private static void AppendWord(StringBuilder sb, LabelPart.Word word)
    {
        var text = word.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && IsHan(text[i - 1]) && IsHan(text[i]))
                sb.Append(ValuesInside);
            sb.Append(Regex.Escape(text[i].ToString()));
        }
        if (word.LastOptional)
            sb.Append('?');
    }
}
