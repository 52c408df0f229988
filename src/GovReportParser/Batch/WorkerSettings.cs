namespace GovReportParser.Batch;

/// <summary>How to start a worker: the program and its arguments (the command line's own executable, in worker mode).</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments);

/// <summary>The limits each file is parsed under when parsing is isolated in worker processes.</summary>
public sealed record WorkerSettings(WorkerCommand Command)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
    public const long DefaultMemoryLimitBytes = 2L << 30;

    /// <summary>
    /// Files a worker parses before it is replaced by a fresh one. A fresh worker costs a start and a JIT warm-up
    /// (a few tenths of a second); recycling bounds what a long-lived process can accumulate.
    /// </summary>
    public const int DefaultRecycleAfter = 5000;

    /// <summary>Wall-clock time one file may take.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The worker's GC heap hard limit.</summary>
    public long MemoryLimitBytes { get; init; } = DefaultMemoryLimitBytes;

    public int RecycleAfter { get; init; } = DefaultRecycleAfter;

    /// <summary>Variables added to the workers' environment (beyond this process's own, which they inherit).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
