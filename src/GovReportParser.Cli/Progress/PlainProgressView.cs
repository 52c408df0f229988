using System.Diagnostics;
using GovReportParser.Batch;

namespace GovReportParser.Cli.Progress;

/// <summary>For logs and CI: one line every <see cref="Interval"/> with counts, rate and remaining time; failures as they come.</summary>
internal sealed class PlainProgressView(TextWriter stderr, bool periodic) : IBatchProgressView
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public BatchSummary Run(Func<Action<FileResult, BatchProgress>, BatchSummary> batch)
    {
        var sinceLast = Stopwatch.StartNew();
        return batch((outcome, progress) =>
        {
            if (outcome.Error is { } error)
                stderr.WriteLine(GovReportCli.FailureLine(outcome.File, error));
            if (periodic && sinceLast.Elapsed >= Interval)
            {
                sinceLast.Restart();
                stderr.WriteLine(Describe(progress));
            }
        });
    }

    public static string Describe(BatchProgress p) =>
        $"progress: {p.Done}/{p.Total} files, {p.Failed} failed, {p.PerSecond:0} files/s" +
        (p.Remaining is { } left ? $", about {left.TotalSeconds:0} s left" : "");
}
