namespace GovReportParser.Model;

/// <summary>
/// The labels of the 政府信息公开 block that government sites print above a report (索引号, 发布机构, 成文日期 …), in
/// simplified script, longest first so that 发布文号 wins over 文号 and 信息来源 over 来源. One list for the HTML reader
/// (which finds the block in a page) and the structure stage (which finds it in text).
/// </summary>
public static class SiteMetadataLabels
{
    public static IReadOnlyList<string> All { get; } = new[]
    {
        "索引号", "主题分类", "组配分类", "体裁分类", "服务对象分类", "信息分类", "公文种类", "主题导航", "主题词", "关键词",
        "发布机构", "发文机关", "发文单位", "发布单位", "所属机构", "责任部门", "信息来源", "来源",
        "成文日期", "发文日期", "发布日期", "生成日期", "公开日期", "印发日期", "生效日期", "废止日期", "发布时间",
        "文号", "发文字号", "发布文号", "文件编号", "统一编号", "统一编码",
        "公开方式", "公开范围", "公开时限", "公开形式", "公开类别", "有效性", "时效性",
        "信息名称", "内容概述",
    }.OrderByDescending(l => l.Length).ToArray();
}
