using GovReportParser.Model;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// The source line a check is about, for annotations: a narrative-vs-table check has its metric's line; a table rule
/// (<c>t3.row_sum.ROW</c>, <c>t4.sum.BLOCK</c>) the first line of its row's metrics, else the line its table starts on.
/// </summary>
internal static class CheckLines
{
    public static int? LineOf(Report report, CheckResult check)
    {
        var colon = check.Rule.IndexOf(':');
        if (colon >= 0)
            return report.MetricSources.GetValueOrDefault(check.Rule[(colon + 1)..])?.Line;
        var parts = check.Rule.Split('.', 3);
        if (parts.Length < 3)
            return null;
        var rowPrefix = $"{parts[0]}.{parts[2]}.";
        var rowLine = report.MetricSources.Where(s => s.Key.StartsWith(rowPrefix, StringComparison.Ordinal) && s.Value.Line is not null)
            .Select(s => s.Value.Line).Min();
        return rowLine ?? report.Tables.FirstOrDefault(t => t.Kind == parts[0])?.Line;
    }
}
