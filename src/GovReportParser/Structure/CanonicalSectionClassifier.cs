using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Maps a top-section title to its canonical key across the three eras: the 2019/2021 templates' six fixed titles and the
/// older free titles (概述, 依申请公开办理及收费减免情况, 存在问题, 改进措施 …). Rules are tried in order; the first wins,
/// so the narrower topics (复议/诉讼, 收费) come before the words they contain (申请, 情况).
/// </summary>
public static partial class CanonicalSectionClassifier
{
    private static readonly (string Key, Regex Pattern)[] Rules =
    [
        (CanonicalSection.ReviewLitigation, ReviewLitigation()),
        (CanonicalSection.Requests, Requests()),
        (CanonicalSection.Fees, Fees()),
        (CanonicalSection.Proactive, Proactive()),
        (CanonicalSection.Problems, Problems()),
        (CanonicalSection.Plans, Plans()),
        (CanonicalSection.Other, Other()),
        (CanonicalSection.Overview, Overview()),
    ];

    [GeneratedRegex("行政复议|行政诉讼|行政法复议|复议")]
    private static partial Regex ReviewLitigation();

    [GeneratedRegex("依申请|收到和处理|申请公开|公开申请")]
    private static partial Regex Requests();

    [GeneratedRegex("收费|减免")]
    private static partial Regex Fees();

    [GeneratedRegex("主动公开")]
    private static partial Regex Proactive();

    [GeneratedRegex("问题|不足")]
    private static partial Regex Problems();

    [GeneratedRegex("改进|打算|计划|努力方向|工作思路|下一步|展望")]
    private static partial Regex Plans();

    [GeneratedRegex("其他需要报告|其它需要报告|其他事项|其它事项")]
    private static partial Regex Other();

    [GeneratedRegex("概述|概况|总体情况|基本情况|总结")]
    private static partial Regex Overview();

    public static string? Classify(string title)
    {
        foreach (var (key, pattern) in Rules)
            if (pattern.IsMatch(title))
                return key;
        return null;
    }
}
