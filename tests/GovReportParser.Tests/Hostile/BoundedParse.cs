using GovReportParser.Model;
using GovReportParser.Pipeline;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Parses made-up hostile bytes in memory on a thread of their own, under a guard against hangs only (far above any
/// linear parse, far below a quadratic one), and measures what the parse allocated: a bound on allocation is a bound on
/// memory that does not depend on when the collector runs.
/// </summary>
internal static class BoundedParse
{
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>How a parse ended: a report, or the one-line reason it was refused; and the bytes it allocated.</summary>
    public sealed record Outcome(Report? Report, string? Error, long AllocatedBytes);

    public static Outcome Run(byte[] bytes, string name, ReportParser? parser = null)
    {
        var task = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var report = (parser ?? ReportParser.Default).Parse(bytes, name);
                return new Outcome(report, null, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            catch (InvalidInputException e)
            {
                return new Outcome(null, e.Message, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }, TaskCreationOptions.LongRunning);
        Assert.That(task.Wait(HangGuard), Is.True, $"{name} did not finish within {HangGuard} (hang or quadratic time?)");
        var outcome = task.Result;
        Assert.That(outcome.Error ?? "", Does.Not.Contain('\n'), "a reason is one line");
        return outcome;
    }

    public static Report Parsed(byte[] bytes, string name)
    {
        var outcome = Run(bytes, name);
        Assert.That(outcome.Error, Is.Null, name);
        return outcome.Report!;
    }

    public const long MiB = 1024 * 1024;
}
