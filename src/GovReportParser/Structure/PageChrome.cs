using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>
/// Lines of a web page's frame that text copies of a page keep: breadcrumbs (当前位置：首页 > 政务公开 > 年报, or the same
/// run together), font and print controls (【字体：大 中 小】打印), counters and share widgets. None is ever a title.
/// </summary>
public static partial class PageChrome
{
    /// <summary>
    /// Words of page frames as the common government CMS templates (TRS, Hanweb/大汉, 拓尔思, 政府网站集约化平台) print
    /// them; none occurs in a report's title.
    /// </summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "当前位置", "您的位置", "您现在的位置", "所在位置", "首页", "字体", "打印", "关闭窗口", "关闭本页", "浏览次数", "访问次数",
        "阅读次数", "点击数", "点击量", "浏览量", "分享到", "收藏", "扫一扫", "返回顶部",
    ];

    // Breadcrumb separators between the page's path steps.
    [GeneratedRegex(@"[>＞»›→]|【\s*[大中小]\s*】")]
    private static partial Regex FrameMarks();

    public static bool IsChrome(string text)
    {
        foreach (var word in Words)
            if (text.Contains(word, StringComparison.Ordinal))
                return true;
        return FrameMarks().IsMatch(text);
    }
}
