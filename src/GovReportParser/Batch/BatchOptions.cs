namespace GovReportParser.Batch;

/// <summary>
/// What a batch run reads, writes and how wide it runs. <see cref="InputDirectory"/> is the folder read, or, with a work
/// list (<see cref="Listed"/>), the root its relative lines resolve against ("" for the current folder).
/// </summary>
public sealed record BatchOptions(string InputDirectory, string OutputDirectory)
{
    /// <summary>The lines of a work list (one path a line); null reads every file below <see cref="InputDirectory"/>.</summary>
    public IEnumerable<string>? Listed { get; init; }

    /// <summary>summary.html was asked for: recorded in a sharded run's parts, so that collect writes it too.</summary>
    public bool Summary { get; init; }

    public bool WriteJson { get; init; } = true;

    /// <summary>The formats of the dataset's tables: csv, sqlite, parquet, xlsx (default csv).</summary>
    public IReadOnlyList<string> TableFormats { get; init; } = ["csv"];

    /// <summary>How the table formats write (CSV byte-order mark, rows per database transaction).</summary>
    public Writers.Dataset.DatasetOptions Dataset { get; init; } = new();

    /// <summary>
    /// Reuse the JSON a previous run wrote for an input whose content (SHA-256) is unchanged instead of parsing it again;
    /// the tables are still rebuilt from every input.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>Files parsed at once (default: the number of cores).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Which slice of the inputs this run takes (default: all). With N &gt; 1 the tables go to the shard's part folder.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>
    /// Parse each file in a worker process under these limits; null parses in this process with the runner's own
    /// parser (tests, debugging, a pipeline built in code).
    /// </summary>
    public WorkerSettings? Isolation { get; init; }
}

/// <summary>Where a batch stands, for progress displays.</summary>
public sealed record BatchProgress(int Done, int Total, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => Done > 0 ? TimeSpan.FromSeconds((Total - Done) / PerSecond) : null;
}

/// <summary>Counts at the end of a batch.</summary>
public sealed record BatchSummary(int Parsed, int Failed, int Skipped, int ReportsWithFailedChecks, int Warnings, TimeSpan Elapsed)
{
    /// <summary>Hidden files and folders below the input folder, which a batch does not read.</summary>
    public int Hidden { get; init; }

    /// <summary>Where a sharded run (N &gt; 1) wrote its tables (its part folder); null when they are in the output folder.</summary>
    public string? PartDirectory { get; init; }

    public int Total => Parsed + Failed;
}
