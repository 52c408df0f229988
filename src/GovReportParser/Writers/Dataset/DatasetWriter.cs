namespace GovReportParser.Writers.Dataset;

/// <summary>The formats a batch writes its tables in, as one sink: each outcome's rows derived once, fed to every format.</summary>
public sealed class DatasetWriter : IDisposable
{
    private readonly IReadOnlyList<IDatasetSink> _sinks;

    public DatasetWriter(IReadOnlyList<IDatasetSink> sinks) => _sinks = sinks;

    /// <summary>The sinks of <paramref name="formats"/> (csv, sqlite, parquet, xlsx; others are ignored) into <paramref name="directory"/>.</summary>
    public static DatasetWriter Create(string directory, IEnumerable<string> formats, DatasetOptions? options = null)
    {
        options ??= new DatasetOptions();
        var sinks = new List<IDatasetSink>();
        try
        {
            foreach (var format in formats.Distinct())
            {
                IDatasetSink? sink = format switch
                {
                    "csv" => new CsvDatasetWriter(directory, options.ByteOrderMark),
                    "sqlite" => new SqliteDatasetWriter(directory, options.ReportsPerWindow),
                    "parquet" => new ParquetDatasetWriter(directory, options.ReportsPerWindow),
                    "xlsx" => new XlsxDatasetWriter(directory, asPart: options.Part),
                    _ => null,
                };
                if (sink is not null)
                    sinks.Add(sink);
            }
        }
        catch
        {
            foreach (var sink in sinks)
                sink.Dispose();
            throw;
        }
        return new DatasetWriter(sinks);
    }

    /// <summary>The formats that write tables (as opposed to json, one file per report).</summary>
    public static readonly IReadOnlyList<string> TableFormats = ["csv", "sqlite", "parquet", "xlsx"];

    public bool IsEmpty => _sinks.Count == 0;

    /// <summary>CSV is the only format: its rows can be rendered wherever the report was parsed (a worker process).</summary>
    public bool IsCsvOnly => _sinks is [CsvDatasetWriter];

    /// <summary>CSV rows rendered elsewhere (<see cref="CsvDatasetWriter.Render(ParseOutcome)"/>), for a CSV-only writer.</summary>
    public PreparedRows FromCsv(CsvRows rows) =>
        IsCsvOnly ? new PreparedRows([rows]) : throw new InvalidOperationException("rendered CSV rows feed a CSV-only dataset writer");

    /// <summary>Worker-thread part: the typed rows and each format's rendering of them.</summary>
    public PreparedRows Prepare(ParseOutcome outcome)
    {
        var rows = DatasetRows.From(outcome);
        var prepared = new object[_sinks.Count];
        for (var i = 0; i < _sinks.Count; i++)
            prepared[i] = _sinks[i].Prepare(rows);
        return new PreparedRows(prepared);
    }

    public void Add(PreparedRows rows)
    {
        for (var i = 0; i < _sinks.Count; i++)
            _sinks[i].Add(rows.PerSink[i]);
    }

    public void Add(ParseOutcome outcome) => Add(Prepare(outcome));

    public void Complete()
    {
        foreach (var sink in _sinks)
            sink.Complete();
    }

    public void Dispose()
    {
        foreach (var sink in _sinks)
            sink.Dispose();
    }
}

/// <summary>One outcome's rows as each sink of a <see cref="DatasetWriter"/> prepared them.</summary>
public sealed record PreparedRows(IReadOnlyList<object> PerSink);

public sealed record DatasetOptions
{
    /// <summary>CSV files start with a UTF-8 byte-order mark, so that Excel reads Chinese correctly.</summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>Reports per SQLite transaction and per Parquet row group: what the writers hold in memory at most.</summary>
    public int ReportsPerWindow { get; init; } = 1000;

    /// <summary>The tables of one shard, to be merged by collect: the workbook's rows are kept, not written as a workbook.</summary>
    public bool Part { get; init; }
}
