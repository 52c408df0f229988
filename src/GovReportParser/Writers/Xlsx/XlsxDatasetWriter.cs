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
    private readonly Sheet[] _sheets;
    private bool _completed;

    public XlsxDatasetWriter(string directory, int maxRowsPerSheet = MaxRowsPerSheet)
    {
        Directory.CreateDirectory(directory);
        _final = Path.GetFullPath(Path.Combine(directory, FileName));
        _maxRowsPerSheet = Math.Max(2, maxRowsPerSheet);
        var sheets = new List<Sheet>();
        try
        {
            sheets.Add(new Sheet(DatasetTables.Reports.Name, DatasetTables.Reports.ColumnNames, new RowSpool(AtomicFile.TemporaryPath(_final))));
            sheets.Add(new Sheet(DatasetTables.Metrics.Name, DatasetTables.Metrics.ColumnNames, new RowSpool(AtomicFile.TemporaryPath(_final))));
            foreach (var wide in StandardTableLayout.WideTables)
                sheets.Add(new Sheet(wide.Name, WideRows.Header(wide), new RowSpool(AtomicFile.TemporaryPath(_final))));
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
        var temp = AtomicFile.TemporaryPath(_final);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
                WriteWorkbook(stream).GetAwaiter().GetResult();
            File.Move(temp, _final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
            DisposeSpools();
        }
        _completed = true;
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

    private async Task WriteWorkbook(Stream stream)
    {
        await using var workbook = await Spreadsheet.CreateNewAsync(stream);
        var options = new WorksheetOptions { FrozenRows = 1 };
        var header = new SpreadCheetah.Styling.Style();
        header.Font.Bold = true;
        var headerStyle = workbook.AddStyle(header);
        foreach (var sheet in _sheets)
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
            foreach (var row in sheet.Spool.ReadAll())
            {
                if (rowsInSheet >= _maxRowsPerSheet)
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
