using System.Text;
using GovReportParser.Writers.Dataset;

namespace GovReportParser.Writers;

/// <summary>
/// The database's tables (one per dataset table, typed as its columns), their keys and indexes, and the views analysts
/// start from: <c>skipped</c>, <c>headline</c>, and the wide <c>table3</c>/<c>table4</c> (one row per report and table
/// row, the columns as numbers, the row's printed label beside its key).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Primary keys where a table has a natural one; the others keep SQLite's rowid (the input order).</summary>
    private static readonly Dictionary<string, string[]> PrimaryKeys = new()
    {
        ["reports"] = ["file"], ["metrics"] = ["file", "key"], ["sections"] = ["file", "path"],
    };

    /// <summary>Indexes beyond the primary keys: every table by file, metrics by key, reports by agency and year and by report.</summary>
    private static readonly (string Table, string[] Columns)[] Indexes =
    [
        ("reports", ["agency", "year"]), ("reports", ["report_key"]), ("metrics", ["key"]),
        ("figures", ["file"]), ("checks", ["file"]), ("warnings", ["file"]),
    ];

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

    public static string CreateTable(DatasetTable table)
    {
        var columns = table.Columns.Select(c => $"{Quote(c.Name)} {TypeOf(c.Type)}");
        var key = PrimaryKeys.TryGetValue(table.Name, out var k) ? [$"PRIMARY KEY ({string.Join(", ", k.Select(Quote))})"] : Array.Empty<string>();
        return $"CREATE TABLE {Quote(table.Name)} ({string.Join(", ", columns.Concat(key))})";
    }

    public static string Insert(DatasetTable table) =>
        $"INSERT INTO {Quote(table.Name)} VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";

    /// <summary>Created after the rows are in: building an index once is faster than keeping it up to date row by row.</summary>
    public static IEnumerable<string> CreateIndexes() => Indexes.Select(ix =>
        $"CREATE INDEX {Quote($"{ix.Table}_{string.Join("_", ix.Columns)}")} ON {Quote(ix.Table)} ({string.Join(", ", ix.Columns.Select(Quote))})");

    public static IEnumerable<string> CreateViews()
    {
        yield return $"CREATE VIEW skipped AS SELECT file, error AS reason FROM reports WHERE status = '{ParseOutcome.Skipped}'";
        var headline = new[] { "file", "report_key", "title", "agency", "region", "year", "template", "published" }
            .Concat(DatasetTables.HeadlineMetrics).Select(Quote);
        yield return $"CREATE VIEW headline AS SELECT {string.Join(", ", headline)} FROM reports WHERE status = '{ParseOutcome.Parsed}'";
        foreach (var wide in StandardTableLayout.WideTables)
            yield return WideView(wide);
    }

    /// <summary>
    /// One row per report and stated table row: the row's position, key and printed label, then one number per column
    /// (null where the report states none). Built from metrics, so it holds exactly what metrics holds.
    /// </summary>
    private static string WideView(StandardTableLayout.WideTable wide)
    {
        var layout = string.Join(" UNION ALL ", wide.Rows.Select((r, i) =>
            $"SELECT {i + 1} AS position, {Literal(r.Key)} AS row, {Literal(r.Label)} AS label, {Literal(r.Prefix + ".")} AS prefix"));
        var sql = new StringBuilder();
        sql.Append($"CREATE VIEW {wide.Name} AS WITH layout AS ({layout}) ");
        sql.Append("SELECT r.file, r.report_key, r.agency, r.year, r.template, l.position, l.row, l.label");
        var keys = $"m.key IN ({string.Join(", ", wide.Columns.Select(c => $"l.prefix || {Literal(c.Key)}"))})";
        foreach (var column in wide.Columns)
            sql.Append($", (SELECT m.value FROM metrics m WHERE m.file = r.file AND m.key = l.prefix || {Literal(column.Key)}) AS {Quote(column.Key)}");
        sql.Append(" FROM reports r CROSS JOIN layout l");
        sql.Append($" WHERE EXISTS (SELECT 1 FROM metrics m WHERE m.file = r.file AND {keys}) ORDER BY r.rowid, l.position");
        return sql.ToString();
    }

    private static string TypeOf(CellType type) => type switch
    {
        CellType.Text => "TEXT",
        CellType.Integer or CellType.Boolean => "INTEGER",
        CellType.Number => "NUMERIC",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
