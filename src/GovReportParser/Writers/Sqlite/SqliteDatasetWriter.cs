using GovReportParser.Writers.Dataset;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
    private readonly sqlite3_stmt[] _inserts;
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
        // Rows go in through SQLite's own statement API: a prepared ADO.NET command costs several times as much per row,
        // and the rows of a batch are inserted on one thread, in input order.
        _inserts = DatasetTables.All.Select(table =>
        {
            Check(raw.sqlite3_prepare_v2(_connection.Handle, SqliteSchema.Insert(table), out var statement));
            return statement;
        }).ToArray();
    }

    /// <summary>
    /// Adds one table (<c>panel</c>) to the database a batch left in <paramref name="directory"/>, replacing a table of
    /// that name, in one transaction: the database gains it whole or not at all. Nothing when there is no database.
    /// </summary>
    public static void AddTable(string directory, DatasetTable table, IEnumerable<object?[]> rows)
    {
        var path = Path.GetFullPath(Path.Combine(directory, FileName));
        if (!File.Exists(path))
            return;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        void Run(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }
        Run($"DROP TABLE IF EXISTS {SqliteSchema.Quote(table.Name)}");
        Run(SqliteSchema.CreateTable(table));
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, SqliteSchema.Insert(table), out var insert));
        using (insert)
            foreach (var row in rows)
                Insert(connection, insert, row);
        transaction.Commit();
    }

    public object Prepare(DatasetRows rows) => rows;

    public void Add(object prepared) => AddRows(((DatasetRows)prepared).Tables);

    /// <summary>One report's rows per table (<see cref="DatasetTables.All"/> order): a window counts reports.</summary>
    internal void AddRows(IReadOnlyList<IReadOnlyList<object?[]>> tables)
    {
        for (var t = 0; t < _inserts.Length; t++)
        {
            var insert = _inserts[t];
            foreach (var row in tables[t])
                Insert(_connection, insert, row);
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
    private static int Bind(sqlite3_stmt statement, int index, object? cell) => cell switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        decimal d when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => raw.sqlite3_bind_int64(statement, index, (long)d),
        decimal d => raw.sqlite3_bind_double(statement, index, (double)d),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        // Values as a database stores them, copied from a part (SqlitePartMerge).
        long n => raw.sqlite3_bind_int64(statement, index, n),
        double x => raw.sqlite3_bind_double(statement, index, x),
        _ => throw new InvalidOperationException($"a {cell.GetType().Name} is no cell"),
    };

    private static void Insert(SqliteConnection connection, sqlite3_stmt insert, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
            Check(connection, Bind(insert, i + 1, row[i]));
        var done = raw.sqlite3_step(insert);
        raw.sqlite3_reset(insert);
        if (done != raw.SQLITE_DONE)
            Check(connection, done);
    }

    private void Check(int code) => Check(_connection, code);

    private static void Check(SqliteConnection connection, int code)
    {
        if (code != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), code);
    }
}
