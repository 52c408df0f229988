namespace GovReportParser.Catalogue;

/// <summary>
/// The 统计表 of reports before the 2019 template: one row per item with its 计量单位, then the 本年 (this year) and 历年累计
/// (all years) cells. Its printed words, and the rows that state a metric of the catalogue.
/// </summary>
public static class StatisticsTable
{
    /// <summary>The table's name, as metric_sources' table.</summary>
    public const string Name = "统计表";

    /// <summary>The column read: this year's cell.</summary>
    public const string ThisYear = "本年";

    /// <summary>Row labels as printed, with the metric each states.</summary>
    public static readonly IReadOnlyList<(string Label, string Key)> Rows =
    [
        ("受理依申请公开信息总数", NarrativeMetrics.ApplicationsReceived),
        ("行政复议数", NarrativeMetrics.Reviews),
        ("行政诉讼数", NarrativeMetrics.Litigation),
        ("收费减免金额", NarrativeMetrics.FeesCharged),
    ];
}
