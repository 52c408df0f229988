using System.Globalization;
using GovReportParser.Batch;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class WorkerProcessTests
{
    // A Native AOT executable reads DOTNET_GCHeapHardLimit as bare hexadecimal and ignores a "0x…" value (its workers then
    // ran without a heap limit); the JIT runtime reads both.
    [TestCase(2L << 30, "80000000", TestName = "the default 2 GiB")]
    [TestCase(123_456_789L, "75BCD15", TestName = "an odd byte count")]
    public void The_heap_limit_is_given_as_bare_hexadecimal(long bytes, string expected)
    {
        var setting = WorkerProcess.HeapLimitSetting(bytes);
        Assert.That(setting, Is.EqualTo(expected));
        Assert.That(long.Parse(setting, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), Is.EqualTo(bytes));
    }
}
