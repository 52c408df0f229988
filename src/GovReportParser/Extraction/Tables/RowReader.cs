using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>Reads the values after each located label and splits them into the row's cells.</summary>
internal static partial class RowReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\(?[0-9一二三四五六七八九十]{1,2}\)?[.、]?")]
    private static partial System.Text.RegularExpressions.Regex OrdinalPrefix();

    /// <summary>A label wrapped around its values: the first run of digits inside the label, past its ordinal.</summary>
    private static ValueRun? ValuesInsideLabel(TableText text, LocatedRow row)
    {
        var label = text.Compact[row.Start..row.End];
        var from = OrdinalPrefix().Match(label).Length;
        var digit = label.IndexOfAny("0123456789".ToCharArray(), from);
        if (digit < 0)
            return null;
        var run = ValueRun.Read(text.Source, text.ToSource(row.Start + digit), text.ToSourceEnd(row.End));
        return run.IsEmpty ? null : run;
    }

    /// <param name="regionEnd">Compact position where the table ends; the last row's values stop there.</param>
    public static List<ParsedRow> Read(TableText text, List<LocatedRow> located, int regionEnd,
        Func<RowSpec, IReadOnlyList<TableColumn>> columnsOf, Func<RowSpec, SumGroups> groupsOf)
    {
        var rows = new List<ParsedRow>(located.Count);
        for (var i = 0; i < located.Count; i++)
        {
            var row = located[i];
            var next = i + 1 < located.Count ? located[i + 1].Start : regionEnd;
            var columns = columnsOf(row.Spec);
            var run = ValueRun.Read(text.Source, text.ToSourceEnd(row.End), text.ToSource(next));
            var split = CellSplitter.Split(run.Cells, columns.Count, groupsOf(row.Spec));
            if (!split.IsSettled && ValuesInsideLabel(text, row) is { } inside)
            {
                var insideSplit = CellSplitter.Split(inside.Cells, columns.Count, groupsOf(row.Spec));
                if (run.IsEmpty || insideSplit.IsSettled)
                    (run, split) = (inside, insideSplit);
            }
            rows.Add(new ParsedRow(row.Spec.Key, text.Compact[row.Start..row.End], columns, run, split));
        }
        return rows;
    }
}
