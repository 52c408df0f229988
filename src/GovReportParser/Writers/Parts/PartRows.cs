using GovReportParser.Writers.Dataset;

namespace GovReportParser.Writers.Parts;

/// <summary>
/// The rows of a part's tables, read back in the order they were written, cut again into one report's rows per table:
/// every table's first column is the input's file, and a report's rows follow each other in every table in the order of
/// the reports table. Fed report by report to a table writer, they give the same windows (transactions, row groups) as
/// the run that wrote them, hence the same bytes.
/// </summary>
internal static class PartRows
{
    /// <param name="tables">Per table of <see cref="DatasetTables.All"/>, its rows in written order (cells as the part's format holds them).</param>
    public static IEnumerable<IReadOnlyList<object?[]>[]> ByReport(string part, IReadOnlyList<IEnumerable<object?[]>> tables)
    {
        var cursors = tables.Select(t => t.GetEnumerator()).ToArray();
        try
        {
            var pending = cursors.Select(c => c.MoveNext() ? c.Current : null).ToArray();
            while (pending[0] is { } report)
            {
                var file = report[0];
                var rows = new IReadOnlyList<object?[]>[cursors.Length];
                rows[0] = [report];
                pending[0] = cursors[0].MoveNext() ? cursors[0].Current : null;
                for (var t = 1; t < cursors.Length; t++)
                {
                    var mine = new List<object?[]>();
                    while (pending[t] is { } row && Equals(row[0], file))
                    {
                        mine.Add(row);
                        pending[t] = cursors[t].MoveNext() ? cursors[t].Current : null;
                    }
                    rows[t] = mine;
                }
                yield return rows;
            }
            for (var t = 1; t < cursors.Length; t++)
                if (pending[t] is { } stray)
                    throw new InvalidDataException($"{Path.GetFileName(part)}: a row of {DatasetTables.All[t].Name} ({stray[0]}) follows no report in the order of reports");
        }
        finally
        {
            foreach (var cursor in cursors)
                cursor.Dispose();
        }
    }
}
