using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Normalisation;

namespace GovReportParser.Structure;

/// <summary>
/// The information-disclosure block that government sites print above an article (索引号 … 组配分类 … 发布机构 … 发文日期 …),
/// one or several pairs a line: <c>key：value</c> runs, a bullet list (<c>• 索引号：…</c>) or a pipe table as markdown
/// converters write it (<c>| 索引号 | 0144/2018-04736 | 分类 | 年报 |</c>). Such lines are metadata, never report content;
/// values never keep the pipes, bullets or page-chrome counters (浏览次数：12) that stood beside them.
/// </summary>
public static class SiteMetadataParser
{
    // Keys are found with or without white space before them: PDF text layers and the spacing normaliser often close
    // the gap between a key and the previous value (发布机构宣城市教育体育局发文日期2023-12-15). Longest keys first, so
    // that 发布文号 wins over 文号 and 信息来源 over 来源. Chrome words end a value and are dropped with theirs.
    private static readonly Regex KeyPattern = new(
        "(" + string.Join('|', SiteMetadataLabels.All.Concat(PageChrome.Words).OrderByDescending(k => k.Length)) + @")\s*[:：]?");

    private static readonly HashSet<string> Keys = [.. SiteMetadataLabels.All];

    /// <summary>Keys whose values are prose: a key word inside them (公开形式, 来源) starts a new pair only after white space.</summary>
    private static readonly HashSet<string> ProseKeys = ["内容概述", "信息名称"];

    /// <summary>Longest label of a pipe-table cell that is not one of the known keys (分类, 名称).</summary>
    private const int MaxOtherLabelLength = 6;

    private static readonly char[] ValueTrim = [' ', '\u3000', '\t', ':', '：', '|', '•', '·', '●'];

    /// <summary>Reads key/value pairs from a line that starts with a metadata key; null when the line is not metadata.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string line)
    {
        var text = Markup.Strip(line.Trim()).Trim();
        if (text.StartsWith('|'))
            return PipeRow(text);
        if (!SiteMetadataLine.StartsWithKey(text))
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
            if (Keys.Contains(keys[i].Groups[1].Value))
                pairs.Add(new(keys[i].Groups[1].Value, text[start..end].Trim(ValueTrim)));
        }
        return pairs;
    }

    /// <summary>
    /// A pipe-table row whose first cell is a key: label and value cells alternate (a cell may also hold a whole
    /// <c>key：value</c>); null when the row is not metadata.
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, string>>? PipeRow(string text)
    {
        var cells = text.Split('|').Select(c => c.Trim(ValueTrim)).Where(c => c.Length > 0).ToArray();
        if (cells.Length == 0 || !IsLabel(cells[0], known: true) && Parse(cells[0]) is null)
            return null;
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (IsLabel(cells[i], known: false) && i + 1 < cells.Length && !IsLabel(cells[i + 1], known: true))
                pairs.Add(new(cells[i], cells[++i]));
            else if (Parse(cells[i]) is { } inline)
                pairs.AddRange(inline);
        }
        return pairs;
    }

    private static bool IsLabel(string cell, bool known) =>
        Keys.Contains(cell) || !known && cell.Length <= MaxOtherLabelLength && !PageChrome.IsChrome(cell) && cell.All(char.IsLetter);

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
