namespace GovReportParser.Writers.Dataset;

/// <summary>
/// Tables 3 and 4 as printed: one row per report and stated table row, with the row's printed label and one number per
/// column (null where the report states none). The same rows as the database's table3/table4 views.
/// </summary>
public static class WideRows
{
    public static IReadOnlyList<string> Header(StandardTableLayout.WideTable wide) =>
        ["file", "report_key", "agency", "year", "row", "label", .. wide.Columns.Select(c => c.Label)];

    public static IEnumerable<object?[]> Of(StandardTableLayout.WideTable wide, ParseOutcome outcome)
    {
        if (outcome.Report is not { } report)
            yield break;
        var reportKey = Normalisation.ReportKey.Of(report.Info);
        foreach (var row in wide.Rows)
        {
            var keys = wide.Columns.Select(c => StandardTableLayout.WideTable.MetricKey(row, c)).ToArray();
            if (!keys.Any(report.Metrics.ContainsKey))
                continue;
            yield return
            [
                outcome.File, reportKey, report.Info.Agency, report.Info.Year, row.Key, row.Label,
                .. keys.Select(k => report.Metrics.TryGetValue(k, out var v) ? (object)v : null),
            ];
        }
    }
}
