using System.Globalization;

namespace GovReportParser.Batch;

/// <summary>The reasons a file fails for the way it was run rather than for what it holds, written once.</summary>
public static class FailureReasons
{
    public const string OverMemoryLimit = "over the memory limit";
    public const string StackOverflow = "crashed (stack overflow)";
    public const string UnreadableAnswer = "crashed (unreadable answer)";

    private const int SegmentationFault = 11;

    public static string TimedOut(TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"timed out after {limit.TotalSeconds:0.###} s");

    /// <summary>Why a worker process ended without answering, from its exit code and the last lines it wrote to stderr.</summary>
    public static string Crashed(int exitCode, string stderrTail)
    {
        if (stderrTail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return StackOverflow;
        if (stderrTail.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal))
            return OverMemoryLimit;
        // A process killed by signal N exits with 128 + N; SIGKILL (9) is what the kernel's out-of-memory killer sends.
        // A Native AOT build overflows its stack as SIGSEGV (11), without the runtime's message.
        if (exitCode is > 128 and < 160)
            return exitCode - 128 == SegmentationFault ? "crashed (signal 11: a stack overflow or a memory fault)" : $"crashed (signal {exitCode - 128})";
        return $"crashed (exit code {exitCode})";
    }
}
