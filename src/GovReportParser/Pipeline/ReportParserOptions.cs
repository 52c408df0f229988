namespace GovReportParser.Pipeline;

/// <summary>Limits that protect a batch from one pathological file.</summary>
public sealed record ReportParserOptions
{
    /// <summary>Files larger than this are refused with a clear reason instead of being read (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Documents whose text is longer than this are refused (default 4,000,000 characters; a 100-page report has about
    /// 200,000). It keeps one pathological file (a 50 MB line) from holding a batch for minutes.
    /// </summary>
    public int MaxTextCharacters { get; init; } = 4_000_000;

    public static ReportParserOptions Default { get; } = new();
}
