using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;
using NUnit.Framework;
using Parquet;
using Parquet.Schema;

namespace GovReportParser.Tests.Writers;

public class ParquetDatasetWriterTests
{
    /// <summary>Every column of every row group of a Parquet file, read back as typed values, row by row.</summary>
    internal static async Task<(string[] Columns, List<object?[]> Rows)> ReadAll(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<object?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new object?[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
                columns[c] = await ReadColumn(group, fields[c], count);
            for (var r = 0; r < count; r++)
                rows.Add(columns.Select(col => col[r]).ToArray());
        }
        return (fields.Select(f => f.Name).ToArray(), rows);
    }

    private static async Task<object?[]> ReadColumn(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory());
            return values;
        }
        if (field.ClrType == typeof(int))
            return await Nullable<int>(group, field, count);
        if (field.ClrType == typeof(double))
            return await Nullable<double>(group, field, count);
        if (field.ClrType == typeof(bool))
            return await Nullable<bool>(group, field, count);
        throw new AssertionException($"unexpected column type {field.ClrType} of {field.Name}");
    }

    private static async Task<object?[]> Nullable<T>(ParquetRowGroupReader group, DataField field, int count) where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values.Select(v => v.HasValue ? (object)v.Value : null).ToArray();
    }

    [Test]
    public async Task Given_the_samples_When_written_as_parquet_Then_each_table_reads_back_as_the_CSV_rows_with_typed_columns()
    {
        foreach (var table in DatasetTables.All)
        {
            var (header, csvRows) = SampleDataset.Csv(CsvDatasetWriter.FileName(table));
            var (columns, rows) = await ReadAll(SampleDataset.File(ParquetDatasetWriter.FileName(table)));
            Assert.That(columns, Is.EqualTo(header), table.Name);
            Assert.That(rows, Has.Count.EqualTo(csvRows.Count), table.Name);
            Assert.That(rows, Is.Not.Empty, table.Name);
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < columns.Length; c++)
                    Assert.That(SampleDataset.SameAsCsv(csvRows[r][c], rows[r][c]), Is.True,
                        $"{table.Name} row {r + 1} {columns[c]}: csv '{csvRows[r][c]}', parquet '{rows[r][c]}'");
        }
    }

    [Test]
    public async Task Given_a_window_of_two_reports_When_five_are_written_Then_the_file_has_three_row_groups_and_every_row()
    {
        using var dir = new TestSupport.TempDir();
        using (var writer = new ParquetDatasetWriter(dir.Path, reportsPerWindow: 2))
        {
            for (var i = 0; i < 5; i++)
                writer.Add(writer.Prepare(DatasetRows.From(new ParseOutcome($"{i}.txt", TestSupport.Samples.Report("002_"), null))));
            writer.Complete();
        }
        await using var reader = await ParquetReader.CreateAsync(dir.File("reports.parquet"));
        Assert.That(reader.RowGroupCount, Is.EqualTo(3));
        var (_, rows) = await ReadAll(dir.File("metrics.parquet"));
        Assert.That(rows, Has.Count.EqualTo(5 * TestSupport.Samples.Report("002_").Metrics.Count));
        Assert.That(Directory.GetFiles(dir.Path).Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty, "no temporary file left");
    }
}
