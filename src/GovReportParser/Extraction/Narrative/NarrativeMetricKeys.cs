namespace GovReportParser.Extraction.Narrative;

/// <summary>The metrics of ../shared/spec/metrics.tsv that narrative text states (the table ones win where both exist).</summary>
public static class NarrativeMetricKeys
{
    public const string ApplicationsReceived = "t3.new_received.total";
    public const string Disclosed = "t3.result.disclosed.total";
    public const string Reviews = "t4.review.total";
    public const string Litigation = "t4.litigation.total";
    public const string FeesCharged = "fees.charged";
}
