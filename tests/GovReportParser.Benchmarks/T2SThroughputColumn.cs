using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovReportParser.Benchmarks;

// Inside GovReportParser.*, "Summary" would name the library's HTML-summary namespace; the column API means BenchmarkDotNet's.
using Summary = BenchmarkDotNet.Reports.Summary;

/// <summary>MB/s of input (UTF-8 bytes of the 20 MB text, 10^6 bytes per MB, as `time opencc` figures are usually quoted).</summary>
public sealed class T2SThroughputColumn : IColumn
{
    public string Id => nameof(T2SThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 UTF-8 bytes) converted per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0)
            return "-";
        var bytes = new FileInfo(T2STextGenerator.Ensure()).Length;
        return (bytes / 1e6 / (mean.Value / 1e9)).ToString("F1");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
