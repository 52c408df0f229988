using GovReportParser.Writers.Dataset;
using Microsoft.Data.Sqlite;

namespace GovReportParser.Writers;

/// <summary>
/// The dataset as one SQLite database (<see cref="FileName"/>): a typed table per dataset table, keys, indexes and views
/// (<see cref="SqliteSchema"/>). Rows go in one transaction per window of reports, so memory stays flat however long the
/// batch; the database is built under a temporary name and moved into place by <see cref="Complete"/>.
/// </summary>
public sealed class SqliteDatasetWriter : IDatasetSink
{
    public const string FileName = "govreport.sqlite";

    private readonly string _final;
    private readonly string _temp;
    private readonly int _reportsPerWindow;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand[] _inserts;
    private SqliteTransaction _transaction;
    private int _inWindow;
    private bool _completed;

    public SqliteDatasetWriter(string directory, int reportsPerWindow = 1000)
    {
        Directory.CreateDirectory(directory);
        _final = Path.GetFullPath(Path.Combine(directory, FileName));
        _temp = AtomicFile.TemporaryPath(_final);
        _reportsPerWindow = Math.Max(1, reportsPerWindow);
        // No pooling, so that closing the connection closes the file before it is renamed.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        // The file is a temporary one until it is complete, so it needs no journal: a failed batch deletes it.
        Execute("PRAGMA journal_mode = OFF");
        Execute("PRAGMA synchronous = OFF");
        foreach (var table in DatasetTables.All)
            Execute(SqliteSchema.CreateTable(table));
        _transaction = _connection.BeginTransaction();
        _inserts = DatasetTables.All.Select(table =>
        {
            var command = _connection.CreateCommand();
            command.CommandText = SqliteSchema.Insert(table);
            command.Transaction = _transaction;
            for (var i = 0; i < table.Columns.Count; i++)
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
            return command;
        }).ToArray();
    }

    public object Prepare(DatasetRows rows) => rows;

    public void Add(object prepared)
    {
        var rows = (DatasetRows)prepared;
        for (var t = 0; t < _inserts.Length; t++)
        {
            var insert = _inserts[t];
            foreach (var row in rows.Tables[t])
            {
                for (var i = 0; i < row.Length; i++)
                    insert.Parameters[i].Value = Value(row[i]);
                insert.ExecuteNonQuery();
            }
        }
        if (++_inWindow >= _reportsPerWindow)
            NextWindow();
    }

    public void Complete()
    {
        foreach (var sql in SqliteSchema.CreateIndexes().Concat(SqliteSchema.CreateViews()))
            Execute(sql);
        _transaction.Commit();
        Close();
        File.Move(_temp, _final, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
            return;
        Close();
        if (File.Exists(_temp))
            File.Delete(_temp);
    }

    private void NextWindow()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var insert in _inserts)
            insert.Transaction = _transaction;
        _inWindow = 0;
    }

    private void Close()
    {
        foreach (var insert in _inserts ?? [])
            insert.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>Numbers as SQLite numbers: whole values as integers, others as reals; booleans as 0/1.</summary>
    private static object Value(object? cell) => cell switch
    {
        null => DBNull.Value,
        decimal d when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => (long)d,
        decimal d => (double)d,
        bool b => b ? 1L : 0L,
        _ => cell,
    };
}
