namespace GovReportParser.Pipeline;

/// <summary>Limits that protect a batch from one pathological file.</summary>
public sealed record ReportParserOptions
{
    /// <summary>Files larger than this are refused with a clear reason instead of being read (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    public static ReportParserOptions Default { get; } = new();
}
