namespace GovReportParser.Batch;

/// <summary>What a batch run reads, writes and how wide it runs.</summary>
public sealed record BatchOptions(string InputDirectory, string OutputDirectory)
{
    public bool WriteJson { get; init; } = true;
    public bool WriteCsv { get; init; } = true;

    /// <summary>Files parsed at once (default: the number of cores).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}

/// <summary>Counts at the end of a batch.</summary>
public sealed record BatchSummary(int Parsed, int Failed, int Skipped, int ReportsWithFailedChecks, int Warnings, TimeSpan Elapsed)
{
    public int Total => Parsed + Failed;
}
