using System.Text;
using System.Text.RegularExpressions;

namespace GovReportParser.Readers.Html;

/// <summary>A key/value pair of the 信息公开 block: the key as written, its simplified canonical form, and the value.</summary>
internal sealed record SitePair(string Key, string Canonical, string Value);

/// <summary>
/// The labels of the 政府信息公开 metadata block (索引号, 发布机构, 成文日期 …) and a reader of "label value" text.
/// Labels are found as written: simplified or traditional (索引號, 發布機構), letter-spaced (索 引 号), and with the
/// tone-marked pinyin some copy sites insert after characters (發(fā)布機(jī)構(gòu)); a label counts only at the start of
/// the text or after white space or punctuation, and before a colon, white space or the end, so words that merely
/// contain one (政府信息名称) are not split.
/// </summary>
internal static partial class SiteMetadataKeys
{
    private static readonly IReadOnlyList<string> Labels = Model.SiteMetadataLabels.All;

    /// <summary>Traditional forms of the characters these labels use (a label list, not a conversion table).</summary>
    private static readonly Dictionary<char, string> Traditional = new()
    {
        ['号'] = "號", ['题'] = "題", ['类'] = "類", ['组'] = "組", ['体'] = "體", ['务'] = "務", ['对'] = "對", ['种'] = "種",
        ['导'] = "導", ['词'] = "詞", ['键'] = "鍵", ['关'] = "關", ['发'] = "發", ['布'] = "佈", ['机'] = "機", ['构'] = "構",
        ['单'] = "單", ['属'] = "屬", ['责'] = "責", ['门'] = "門", ['来'] = "來", ['废'] = "廢", ['时'] = "時", ['间'] = "間",
        ['编'] = "編", ['统'] = "統", ['开'] = "開", ['范'] = "範", ['别'] = "別", ['称'] = "稱", ['内'] = "內",
    };

    private const string Pinyin = @"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\))?";

    private static readonly Regex LabelPattern = BuildPattern();

    /// <summary>
    /// Reads "label value label value" text, with or without colons. Null when the text does not begin with a label;
    /// pairs whose value is empty are left out (the site printed the label with nothing after it).
    /// </summary>
    public static IReadOnlyList<SitePair>? ReadPairs(string text)
    {
        var matches = LabelPattern.Matches(text).Where(m => IsLabelAt(text, m)).ToArray();
        if (matches.Length == 0 || text[..matches[0].Index].Trim().Length > 0)
            return null;
        var pairs = new List<SitePair>();
        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Length ? matches[i + 1].Index : text.Length;
            var value = text[(m.Index + m.Length)..end].Trim().TrimStart(':', '：').Trim();
            if (value.Length > 0)
                pairs.Add(new SitePair(m.Value.Trim(), Canonical(m), value));
        }
        return pairs;
    }

    /// <summary>True when the text, colon and spaces aside, is exactly one label (a key cell of a metadata table).</summary>
    public static bool IsBareLabel(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', '：').Trim();
        var m = LabelPattern.Match(trimmed);
        return m.Success && m.Index == 0 && m.Length == trimmed.Length;
    }

    public static string CanonicalOf(string label)
    {
        var m = LabelPattern.Match(label.Trim().TrimEnd(':', '：').Trim());
        return m.Success ? Canonical(m) : label.Trim();
    }

    private static bool IsLabelAt(string text, Match m)
    {
        var before = m.Index == 0 ? ' ' : text[m.Index - 1];
        var afterIndex = m.Index + m.Length;
        var after = afterIndex >= text.Length ? ' ' : text[afterIndex];
        return IsSeparator(before) && (IsSeparator(after) || after is ':' or '：');
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || c == '|';

    private static string Canonical(Match m)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (m.Groups[$"l{i}"].Success)
                return Labels[i];
        return m.Value;
    }

    private static Regex BuildPattern()
    {
        var alternatives = Labels.Select((label, i) => $"(?<l{i}>{string.Join(@"[ \u3000]*", label.Select(CharPattern))})");
        return new Regex(string.Join("|", alternatives), RegexOptions.CultureInvariant);
    }

    private static string CharPattern(char c)
    {
        var forms = new StringBuilder().Append(c);
        if (Traditional.TryGetValue(c, out var t))
            forms.Append(t);
        return $"[{forms}]{Pinyin}";
    }
}
