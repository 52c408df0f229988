using GovReportParser.Writers.Dataset;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace GovReportParser.Writers;

/// <summary>
/// The dataset as one workbook (<see cref="FileName"/>) for people who work in a spreadsheet: <c>reports</c>, the long
/// <c>metrics</c>, and <c>table3</c>/<c>table4</c> as printed (Chinese column labels, the report's row labels), header row
/// frozen, numbers as numbers. Rows wait in typed spool files while the batch runs and are streamed into the workbook
/// sheet by sheet at the end, so no sheet is ever held in memory. A sheet that reaches Excel's row limit goes on in
/// <c>metrics (2)</c>, <c>metrics (3)</c> ….
/// </summary>
public sealed class XlsxDatasetWriter : IDatasetSink
{
    public const string FileName = "govreport.xlsx";

    /// <summary>Excel's rows per sheet, the header included.</summary>
    public const int MaxRowsPerSheet = 1_048_576;

    private readonly string _final;
    private readonly int _maxRowsPerSheet;
    private readonly bool _asPart;
    private readonly Sheet[] _sheets;
    private bool _completed;

    /// <summary>The sheets, in order: name and header row.</summary>
    private static readonly (string Name, IReadOnlyList<string> Header)[] Layout =
    [
        (DatasetTables.Reports.Name, DatasetTables.Reports.ColumnNames),
        (DatasetTables.Metrics.Name, DatasetTables.Metrics.ColumnNames),
        .. StandardTableLayout.WideTables.Select(w => (w.Name, WideRows.Header(w))),
    ];

    /// <param name="asPart">The tables of one shard (a part), to be merged by collect: the sheets' rows are kept as
    /// files (<see cref="PartFileName"/>) instead of being written as a workbook, which cannot be read back.</param>
    public XlsxDatasetWriter(string directory, int maxRowsPerSheet = MaxRowsPerSheet, bool asPart = false)
    {
        Directory.CreateDirectory(directory);
        _final = Path.GetFullPath(Path.Combine(directory, FileName));
        _maxRowsPerSheet = Math.Max(2, maxRowsPerSheet);
        _asPart = asPart;
        var sheets = new List<Sheet>();
        try
        {
            foreach (var (name, header) in Layout)
                sheets.Add(new Sheet(name, header, new RowSpool(AtomicFile.TemporaryPath(_final), keepable: asPart)));
        }
        catch
        {
            foreach (var sheet in sheets)
                sheet.Spool.Dispose();
            throw;
        }
        _sheets = sheets.ToArray();
    }

    private sealed record Sheet(string Name, IReadOnlyList<string> Header, RowSpool Spool);

    /// <summary>The file of a part that holds one sheet's rows.</summary>
    public static string PartFileName(string sheet) => $"{FileName}.{sheet}.rows";

    /// <summary>
    /// The workbook of a sharded run, from its parts' kept rows (in shard order), sheet by sheet, streaming: the same
    /// sheets as one unsharded run's workbook.
    /// </summary>
    public static void MergeParts(IReadOnlyList<string> partDirectories, string directory, int maxRowsPerSheet = MaxRowsPerSheet)
    {
        var final = Path.GetFullPath(Path.Combine(directory, FileName));
        var paths = Layout.Select(sheet => partDirectories.Select(p => Parts.PartFile.PathOf(p, PartFileName(sheet.Name))).ToArray()).ToArray();
        WriteFile(final, Layout.Select((sheet, i) => (sheet.Name, sheet.Header, paths[i].SelectMany(RowSpool.ReadFile))), maxRowsPerSheet);
    }

    /// <summary>The rows of each sheet, in sheet order.</summary>
    public object Prepare(DatasetRows rows)
    {
        IReadOnlyList<object?[]>[] perSheet =
        [
            rows.Of(DatasetTables.Reports),
            rows.Of(DatasetTables.Metrics),
            .. StandardTableLayout.WideTables.Select(w => (IReadOnlyList<object?[]>)WideRows.Of(w, rows.Outcome).ToArray()),
        ];
        return perSheet;
    }

    public void Add(object prepared)
    {
        var perSheet = (IReadOnlyList<object?[]>[])prepared;
        for (var i = 0; i < _sheets.Length; i++)
            foreach (var row in perSheet[i])
                _sheets[i].Spool.Write(row);
    }

    public void Complete()
    {
        try
        {
            if (_asPart)
            {
                foreach (var sheet in _sheets)
                    sheet.Spool.Keep(Path.Combine(Path.GetDirectoryName(_final)!, PartFileName(sheet.Name)));
            }
            else
                WriteFile(_final, _sheets.Select(s => (s.Name, s.Header, s.Spool.ReadAll())), _maxRowsPerSheet);
        }
        finally
        {
            DisposeSpools();
        }
        _completed = true;
    }

    private static void WriteFile(string final, IEnumerable<(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows)> sheets, int maxRowsPerSheet)
    {
        var temp = AtomicFile.TemporaryPath(final);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
                WriteWorkbook(stream, sheets, maxRowsPerSheet).GetAwaiter().GetResult();
            File.Move(temp, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    public void Dispose()
    {
        if (!_completed)
            DisposeSpools();
    }

    private void DisposeSpools()
    {
        foreach (var sheet in _sheets)
            sheet.Spool.Dispose();
    }

    private static async Task WriteWorkbook(Stream stream, IEnumerable<(string Name, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows)> sheets, int maxRowsPerSheet)
    {
        await using var workbook = await Spreadsheet.CreateNewAsync(stream);
        var options = new WorksheetOptions { FrozenRows = 1 };
        var header = new SpreadCheetah.Styling.Style();
        header.Font.Bold = true;
        var headerStyle = workbook.AddStyle(header);
        foreach (var sheet in sheets)
        {
            var part = 1;
            var rowsInSheet = 0;
            async Task Start()
            {
                await workbook.StartWorksheetAsync(part == 1 ? sheet.Name : $"{sheet.Name} ({part})", options);
                await workbook.AddRowAsync(sheet.Header.Select(h => new Cell(h, headerStyle)).ToArray());
                rowsInSheet = 1;
            }
            await Start();
            foreach (var row in sheet.Rows)
            {
                if (rowsInSheet >= maxRowsPerSheet)
                {
                    part++;
                    await Start();
                }
                await workbook.AddRowAsync(row.Select(CellOf).ToArray());
                rowsInSheet++;
            }
        }
        await workbook.FinishAsync();
    }

    private static DataCell CellOf(object? value) => value switch
    {
        null => new DataCell((string?)null),
        string s => new DataCell(s),
        int n => new DataCell(n),
        decimal d => new DataCell(d),
        bool b => new DataCell(b),
        _ => throw new InvalidOperationException($"a {value.GetType().Name} is no cell"),
    };
}
