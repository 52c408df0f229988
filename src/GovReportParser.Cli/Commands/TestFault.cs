using GovReportParser.Batch;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// Test hook, for the tests of worker isolation only: with GOVREPORT_TEST_FAULT=KIND:NAME[;KIND:NAME…] in its environment,
/// a worker misbehaves on the input whose file name is NAME, as a parser bug would: KIND <c>stack-overflow</c> recurses
/// without end, <c>hang</c> never answers, <c>allocate</c> keeps allocating, <c>exit</c> ends the process. Unset, it does nothing.
/// </summary>
internal static class TestFault
{
    public const string Variable = "GOVREPORT_TEST_FAULT";

    public static Action<FileJob>? FromEnvironment()
    {
        var faults = (Environment.GetEnvironmentVariable(Variable) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(spec => spec.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
        if (faults.Count == 0)
            return null;
        return job =>
        {
            if (faults.TryGetValue(Path.GetFileName(job.InputPath), out var kind))
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
