using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// The information-disclosure block that government sites print above an article (索引号 … 组配分类 … 发布机构 … 发文日期 …),
/// one or several pairs a line. Such lines are metadata, never report content.
/// </summary>
public static class SiteMetadataParser
{
    // Keys are found with or without white space before them: PDF text layers and the spacing normaliser often close
    // the gap between a key and the previous value (发布机构宣城市教育体育局发文日期2023-12-15). Longest keys first, so
    // that 发布文号 wins over 文号 and 信息来源 over 来源.
    private static readonly Regex KeyPattern = new(
        "(" + string.Join('|', SiteMetadataLabels.All) + @")\s*[:：]?");

    /// <summary>Keys whose values are prose: a key word inside them (公开形式, 来源) starts a new pair only after white space.</summary>
    private static readonly HashSet<string> ProseKeys = ["内容概述", "信息名称"];

    /// <summary>Reads key/value pairs from a line that starts with a metadata key; null when the line is not metadata.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string line)
    {
        var text = line.Trim();
        if (!StartsWithKey(text))
            return null; // asked of every line before the first heading: most are not metadata, and this is cheap
        var keys = KeysIn(text);
        if (keys.Count == 0 || keys[0].Index != 0)
            return null;
        // A lone key followed by prose is a sentence that happens to start with 来源/文号, not a metadata line.
        if (keys.Count == 1 && text.Length > 80 && !ProseKeys.Contains(keys[0].Groups[1].Value))
            return null;
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : text.Length;
            pairs.Add(new(keys[i].Groups[1].Value, text[start..end].Trim(' ', '\u3000', '\t', ':', '：')));
        }
        return pairs;
    }

    private static bool StartsWithKey(string text)
    {
        foreach (var key in SiteMetadataLabels.All)
            if (text.StartsWith(key, StringComparison.Ordinal))
                return true;
        return false;
    }

    private static List<Match> KeysIn(string text)
    {
        var keys = new List<Match>();
        foreach (Match m in KeyPattern.Matches(text))
        {
            var afterSpace = m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1]);
            if (afterSpace || keys.Count == 0 || !ProseKeys.Contains(keys[^1].Groups[1].Value))
                keys.Add(m);
        }
        return keys;
    }
}
