using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class SqliteDatasetWriterTests
{
    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={SampleDataset.File(SqliteDatasetWriter.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }

    [Test]
    public void Given_the_samples_When_written_as_a_database_Then_every_table_holds_the_CSV_rows_cell_for_cell()
    {
        using var db = Open();
        foreach (var table in DatasetTables.All)
        {
            var (header, csvRows) = SampleDataset.Csv(CsvDatasetWriter.FileName(table));
            var rows = Query(db, $"SELECT * FROM \"{table.Name}\" ORDER BY rowid");
            Assert.That(header, Is.EqualTo(table.ColumnNames), table.Name);
            Assert.That(rows, Has.Count.EqualTo(csvRows.Count), table.Name);
            Assert.That(rows, Is.Not.Empty, table.Name);
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < header.Length; c++)
                    Assert.That(SampleDataset.SameAsCsv(csvRows[r][c], table.Columns[c].Type == CellType.Boolean && rows[r][c] is long flag ? flag == 1 : rows[r][c]), Is.True,
                        $"{table.Name} row {r + 1} {header[c]}: csv '{csvRows[r][c]}', database '{rows[r][c]}'");
        }
    }

    [Test]
    public void Given_the_samples_When_written_as_a_database_Then_numbers_are_numbers_and_keys_and_indexes_exist()
    {
        using var db = Open();
        Assert.That(Query(db, "SELECT DISTINCT typeof(value) FROM metrics").Select(r => r[0]), Is.EqualTo(new[] { "integer" }));
        Assert.That(Query(db, "SELECT DISTINCT typeof(year) FROM reports WHERE status = 'parsed'").Select(r => r[0]), Is.EqualTo(new[] { "integer" }));
        var indexes = Query(db, "SELECT name FROM sqlite_master WHERE type = 'index'").Select(r => (string)r[0]!).ToArray();
        Assert.That(indexes, Does.Contain("reports_agency_year").And.Contains("metrics_key").And.Contains("sqlite_autoindex_metrics_1"));
        Assert.That(() => Query(db, "INSERT INTO metrics (file, key) SELECT file, key FROM metrics LIMIT 1"), Throws.InstanceOf<SqliteException>(),
            "read-only, and (file, key) is the primary key");
        var skipped = Query(db, "SELECT file, reason FROM skipped ORDER BY file");
        Assert.That(skipped.Select(r => r[1]).Distinct(), Is.EqualTo(new[] { "no reader for .json" }), "samples/gold holds the gold answers");
    }

    /// <summary>
    /// The analyst's question — table-3 new requests by applicant type, per agency and year — as one query, each
    /// report counted once however many copies (txt, HTML, PDF) the batch holds, against the reports themselves.
    /// </summary>
    [Test]
    public void Given_the_samples_When_asked_for_table3_new_requests_by_applicant_per_agency_and_year_Then_one_query_answers()
    {
        using var db = Open();
        var answer = Query(db, AnalystQuery);

        var expected = Directory.GetFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/gold/"))
            .Select(p => GovReportParser.Pipeline.ReportParser.Default.Parse(p))
            .Where(r => r.Metrics.ContainsKey("t3.new_received.total"))
            .GroupBy(r => (r.Info.Agency, r.Info.Year))
            .OrderBy(g => g.Key.Agency, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => (object?[])
            [
                g.Key.Agency, (long)g.Key.Year!.Value,
                .. StandardTableLayout.Table3.Columns.Select(c => g.First().Metrics.TryGetValue("t3.new_received." + c.Key, out var v) ? (object)(long)v : null),
            ])
            .ToList();
        Assert.That(expected, Is.Not.Empty, "a sample states table 3");
        Assert.That(answer.Select(r => r.Select(c => c is DBNull ? null : c).ToArray()), Is.EqualTo(expected));
    }

    /// <summary>The query the README shows.</summary>
    internal const string AnalystQuery = """
        SELECT agency, year,
               SUM(natural_person), SUM(commercial), SUM(research), SUM(social_org), SUM(legal_service), SUM(other_org), SUM(total)
        FROM table3
        WHERE row = 'new_received'
          AND file IN (SELECT MIN(file) FROM reports WHERE status = 'parsed' GROUP BY COALESCE(report_key, file))
        GROUP BY agency, year
        ORDER BY agency, year
        """;

    [Test]
    public void Given_the_samples_When_the_table3_view_is_read_Then_it_equals_the_xlsx_table3_sheet_rows()
    {
        using var db = Open();
        var view = Query(db, "SELECT file, report_key, agency, year, row, label, natural_person, commercial, research, social_org, legal_service, other_org, total FROM table3");
        var wide = Directory.GetFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/gold/"))
            .Select(p => Path.GetRelativePath(RepoPaths.Samples, p))
            .Order(StringComparer.Ordinal)
            .SelectMany(rel => WideRows.Of(StandardTableLayout.Table3,
                new ParseOutcome(rel, GovReportParser.Pipeline.ReportParser.Default.Parse(Path.Combine(RepoPaths.Samples, rel)), null)))
            .ToList();
        Assert.That(view, Has.Count.EqualTo(wide.Count));
        Assert.That(view.Any(r => r[5] is string label && label.Contains("本年新收")), Is.True, "the printed row label beside the key");
        for (var r = 0; r < view.Count; r++)
            for (var c = 0; c < wide[r].Length; c++)
                Assert.That(Same(view[r][c], wide[r][c]), Is.True, $"row {r + 1} column {c + 1}: '{view[r][c]}' vs '{wide[r][c]}'");
    }

    private static bool Same(object? database, object? typed) => (database, typed) switch
    {
        (DBNull, null) => true,
        (long l, int i) => l == i,
        (long l, decimal d) => l == d,
        (double x, decimal d) => (decimal)x == d,
        _ => Equals(database, typed),
    };

    [Test]
    public void Given_a_window_of_two_reports_When_seven_are_written_Then_all_are_in_the_database()
    {
        using var dir = new TempDir();
        using (var writer = new SqliteDatasetWriter(dir.Path, reportsPerWindow: 2))
        {
            for (var i = 0; i < 7; i++)
                writer.Add(writer.Prepare(DatasetRows.From(new ParseOutcome($"{i}.txt", Samples.Report(RepoPaths.SampleIds[i % 5][..4]), null))));
            writer.Complete();
        }
        using var db = new SqliteConnection($"Data Source={dir.File(SqliteDatasetWriter.FileName)};Pooling=False");
        db.Open();
        Assert.That(Query(db, "SELECT COUNT(*) FROM reports")[0][0], Is.EqualTo(7L));
        Assert.That(Directory.GetFiles(dir.Path), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void Given_a_database_being_written_When_disposed_before_completion_Then_no_file_is_left()
    {
        using var dir = new TempDir();
        using (var writer = new SqliteDatasetWriter(dir.Path))
            writer.Add(writer.Prepare(DatasetRows.From(new ParseOutcome("a.txt", Samples.Report("002_"), null))));
        Assert.That(Directory.GetFiles(dir.Path), Is.Empty);
    }
}
