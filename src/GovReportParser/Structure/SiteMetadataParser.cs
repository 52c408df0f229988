using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>
/// The information-disclosure block that government sites print above an article (索引号 … 组配分类 … 发布机构 … 发文日期 …),
/// one or several pairs a line. Such lines are metadata, never report content.
/// </summary>
public static class SiteMetadataParser
{
    /// <summary>The keys government CMSs use, in simplified script (normalisation runs first).</summary>
    public static readonly string[] Keys =
    [
        "索引号", "组配分类", "主题分类", "体裁分类", "服务对象分类", "发布机构", "发文机关", "发布单位", "成文日期", "发文日期", "发布日期",
        "生效日期", "废止日期", "有效性", "发布文号", "发文字号", "文号", "关键词", "主题词", "信息来源", "来源", "主题导航", "信息名称",
        "内容概述", "公开方式", "公开范围", "公开时限", "公开形式", "责任部门", "信息分类", "所属机构", "统一编码",
    ];

    // Keys are found with or without white space before them: PDF text layers and the spacing normaliser often close
    // the gap between a key and the previous value (发布机构宣城市教育体育局发文日期2023-12-15). Longest keys first, so
    // that 发布文号 wins over 文号 and 信息来源 over 来源.
    private static readonly Regex KeyRegex = new(
        "(" + string.Join('|', Keys.OrderByDescending(k => k.Length)) + @")\s*[:：]?", RegexOptions.Compiled);

    private static Regex KeyPattern() => KeyRegex;

    /// <summary>Reads key/value pairs from a line that starts with a metadata key; null when the line is not metadata.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string line)
    {
        var text = line.Trim();
        var matches = KeyPattern().Matches(text);
        if (matches.Count == 0 || matches[0].Index != 0)
            return null;
        // A lone key followed by prose is a sentence that happens to start with 来源/文号, not a metadata line.
        if (matches.Count == 1 && text.Length > 80 && matches[0].Groups[1].Value is not ("内容概述" or "信息名称"))
            return null;
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            pairs.Add(new(matches[i].Groups[1].Value, text[start..end].Trim(' ', '\u3000', '\t', ':', '：')));
        }
        return pairs;
    }
}
