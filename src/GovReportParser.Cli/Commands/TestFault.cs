using GovReportParser.Batch;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// Test hook, for the tests of worker isolation only: with GOVREPORT_TEST_FAULT=KIND:NAME in its environment, a worker
/// misbehaves on the input whose file name is NAME, as a parser bug would: KIND <c>stack-overflow</c> recurses without
/// end, <c>hang</c> never answers, <c>allocate</c> keeps allocating, <c>exit</c> ends the process. Unset, it does nothing.
/// </summary>
internal static class TestFault
{
    public const string Variable = "GOVREPORT_TEST_FAULT";

    public static Action<FileJob>? FromEnvironment()
    {
        var spec = Environment.GetEnvironmentVariable(Variable);
        var colon = spec?.IndexOf(':') ?? -1;
        if (colon < 1)
            return null;
        var (kind, name) = (spec![..colon], spec[(colon + 1)..]);
        return job =>
        {
            if (Path.GetFileName(job.InputPath) == name)
                Misbehave(kind);
        };
    }

    private static void Misbehave(string kind)
    {
        switch (kind)
        {
            case "stack-overflow":
                Recurse(0);
                break;
            case "hang":
                Thread.Sleep(Timeout.Infinite);
                break;
            case "allocate":
                var held = new List<byte[]>();
                while (true)
                    held.Add(GC.AllocateUninitializedArray<byte>(16 << 20));
            case "exit":
                Environment.Exit(3);
                break;
        }
    }

    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}
