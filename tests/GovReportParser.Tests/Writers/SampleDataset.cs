using GovReportParser.Batch;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using Microsoft.VisualBasic.FileIO;

namespace GovReportParser.Tests.Writers;

/// <summary>
/// The repository's samples (txt, HTML and PDF copies of five reports) batched once per test run into every table
/// format, for the tests that read a format back and hold it to the CSV rows.
/// </summary>
public static class SampleDataset
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("govreport-dataset-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dir, recursive: true);
        new BatchRunner(ReportParser.Default).Run(new BatchOptions(RepoPaths.Samples, dir) { TableFormats = ["csv", "sqlite", "parquet", "xlsx"] });
        return dir;
    });

    public static string File(string name) => Path.Combine(Folder.Value, name);

    /// <summary>A CSV file of the dataset: its header and its rows, as text.</summary>
    public static (string[] Header, List<string[]> Rows) Csv(string name) => ReadCsv(File(name));

    public static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return (header, rows);
    }

    /// <summary>
    /// Whether a typed cell read back from another format holds what the CSV cell says: the same text (a CSV text cell
    /// that could start a formula carries a leading '), the same number, the same truth value, or nothing for an empty cell.
    /// </summary>
    public static bool SameAsCsv(string csv, object? value) => value switch
    {
        null or DBNull => csv.Length == 0,
        string s => csv == s || csv == "'" + s,
        bool b => csv == (b ? "true" : "false"),
        double d => decimal.TryParse(csv, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == (decimal)d,
        IConvertible number => decimal.TryParse(csv, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n == Convert.ToDecimal(number, System.Globalization.CultureInfo.InvariantCulture),
        _ => false,
    };
}
