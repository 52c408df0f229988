using GovReportParser.Batch;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class FailureReasonsTests
{
    [TestCase(134, "Stack overflow.\n   at GovReportParser…", "crashed (stack overflow)", TestName = "the runtime's message names a stack overflow")]
    [TestCase(134, "Unhandled exception. System.OutOfMemoryException", "over the memory limit", TestName = "an out-of-memory exception")]
    [TestCase(139, "", "crashed (signal 11: a stack overflow or a memory fault)", TestName = "SIGSEGV without a message (Native AOT)")]
    [TestCase(137, "", "crashed (signal 9)", TestName = "SIGKILL")]
    [TestCase(3, "", "crashed (exit code 3)", TestName = "a plain exit code")]
    public void A_dead_worker_is_named_by_its_exit_code_and_last_words(int exitCode, string stderrTail, string reason) =>
        Assert.That(FailureReasons.Crashed(exitCode, stderrTail), Is.EqualTo(reason));
}
