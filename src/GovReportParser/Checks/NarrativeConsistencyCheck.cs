using GovReportParser.Extraction;
using GovReportParser.Model;

namespace GovReportParser.Checks;

/// <summary>
/// A metric the narrative states differently from the table (or from itself) is a finding about the report: published
/// reports do contradict themselves (收到申请75件 in the text, 74 in table 3). The table value is the one kept.
/// </summary>
public sealed class NarrativeConsistencyCheck : IReportCheck
{
    public IEnumerable<CheckResult> Check(StructuredDocument document, ExtractionResult result) =>
        result.Metrics.Conflicts
            .Where(c => c.FirstSource.Source == MetricSet.NarrativeSource || c.SecondSource.Source == MetricSet.NarrativeSource)
            .Select(c => new CheckResult($"{RuleName(c)}:{c.Key}", false,
                $"{Describe(c.First, c.FirstSource)} but {Describe(c.Second, c.SecondSource)}"));

    private static string RuleName(MetricConflict c) =>
        c.FirstSource.Source == MetricSet.TableSource || c.SecondSource.Source == MetricSet.TableSource
            ? "narrative-vs-table"
            : "narrative-vs-narrative";

    private static string Describe(decimal value, MetricSource source) => source.Source == MetricSet.TableSource
        ? $"table {source.Table} [{source.Row} × {source.Column}] says {value}"
        : $"text says {value} (\"{source.Evidence}\"{(source.Line is { } line ? $", line {line}" : "")})";
}
