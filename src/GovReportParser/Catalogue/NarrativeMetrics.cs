namespace GovReportParser.Catalogue;

/// <summary>
/// The metrics that narrative text states (收到申请五件, 没有…收费): a few table cells, and the two keys that no table
/// layout fixes (the "any" keys of the key list). Where a table states the same metric, the table wins.
/// </summary>
public static class NarrativeMetrics
{
    public static readonly string ApplicationsReceived = Table3.Cell(Table3.NewReceived, Table3.Total);
    public static readonly string Disclosed = Table3.Cell(Table3.Disclosed, Table3.Total);
    public static readonly string Reviews = Table4.Cell(Table4.Review, Table4.Total);
    public static readonly string Litigation = Table4.LitigationTotal;

    /// <summary>fees.charged: 信息处理费 / 依申请公开收费, in yuan (万元 in the text is converted).</summary>
    public static readonly string FeesCharged = MetricKey.Of("fees", "", "charged");

    /// <summary>The keys the narrative can state, in the order the key list gives them.</summary>
    public static readonly IReadOnlyList<string> Keys = [ApplicationsReceived, Disclosed, Reviews, Litigation, FeesCharged];
}
