namespace GovReportParser.Writers.Dataset;

/// <summary>
/// One outcome's rows of every table of <see cref="DatasetTables.All"/>, typed, derived once per report (on a batch's
/// worker threads) and then handed to every format's sink.
/// </summary>
public sealed class DatasetRows
{
    private DatasetRows(ParseOutcome outcome, IReadOnlyList<object?[]>[] tables)
    {
        Outcome = outcome;
        Tables = tables;
    }

    public ParseOutcome Outcome { get; }

    /// <summary>Rows per table, in <see cref="DatasetTables.All"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<object?[]>> Tables { get; }

    public IReadOnlyList<object?[]> Of(DatasetTable table) => Tables[Index(table)];

    public static DatasetRows From(ParseOutcome outcome) => new(outcome,
    [
        [DatasetTables.ReportRow(outcome)],
        DatasetTables.MetricRows(outcome).ToArray(),
        DatasetTables.SectionRows(outcome).ToArray(),
        DatasetTables.FigureRows(outcome).ToArray(),
        DatasetTables.CheckRows(outcome).ToArray(),
        DatasetTables.WarningRows(outcome).ToArray(),
    ]);

    public static int Index(DatasetTable table)
    {
        for (var i = 0; i < DatasetTables.All.Count; i++)
            if (ReferenceEquals(DatasetTables.All[i], table))
                return i;
        throw new ArgumentException($"{table.Name} is not a dataset table", nameof(table));
    }
}
