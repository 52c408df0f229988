using System.Diagnostics;
using GovReportParser.Batch;
using NUnit.Framework;

namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// Runs the command line as its own process (the apphost beside the test binaries), for what an in-process run cannot
/// show: worker crashes with the test hook in the environment, signals, exit codes of a real process.
/// </summary>
public static class CliProcess
{
    /// <summary>A guard against hangs only, far above what any of these runs takes.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    public static string Executable { get; } = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "govreport.exe" : "govreport");

    /// <summary>How the tests start workers: the same apphost, in worker mode.</summary>
    public static WorkerCommand Worker => new(Executable, ["worker"]);

    public static CliRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        return Finish(process);
    }

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        StartProgram(Executable, environment, args);

    /// <summary>Another program (a driver script that runs govreport itself), with the same capture.</summary>
    public static Process StartProgram(string program, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return Process.Start(start)!;
    }

    public static CliRun Finish(Process process) => Finish(process, HangGuard);

    public static CliRun Finish(Process process, TimeSpan hangGuard)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(hangGuard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(process.StartInfo.FileName)} did not end within {hangGuard}");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The test hook's variable: the worker misbehaves on the named files (see the CLI's TestFault).</summary>
    public static IReadOnlyDictionary<string, string> Faults(params (string Kind, string Name)[] faults) =>
        new Dictionary<string, string> { ["GOVREPORT_TEST_FAULT"] = string.Join(';', faults.Select(f => $"{f.Kind}:{f.Name}")) };
}
