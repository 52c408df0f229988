using System.CommandLine;
using System.Runtime.InteropServices;
using GovReportParser.Batch;
using GovReportParser.Pipeline;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// The hidden <c>govreport worker</c>: the isolated side of <c>batch</c> and <c>check</c>, started by them with pipes on
/// stdin and stdout (length-prefixed frames, <see cref="WorkerHost"/>). Not for people to run.
/// </summary>
internal static class WorkerCommand
{
    public const string Name = "worker";

    public static Command Create()
    {
        var command = new Command(Name, "Parse files sent on stdin (used by batch and check)") { Hidden = true };
        command.SetAction(_ => Run());
        return command;
    }

    /// <summary>How this process starts a worker: itself (the apphost), or <c>dotnet govreport.dll</c> when run through dotnet.</summary>
    public static Batch.WorkerCommand Self()
    {
        // Published as native code (Native AOT) there is no assembly file: the location is empty and the process is the tool.
#pragma warning disable IL3000
        var dll = typeof(WorkerCommand).Assembly.Location;
#pragma warning restore IL3000
        var process = Environment.ProcessPath;
        if (process is not null && (dll.Length == 0 || Path.GetFileNameWithoutExtension(process) == Path.GetFileNameWithoutExtension(dll)))
            return new Batch.WorkerCommand(process, [Name]);
        // Run through dotnet (or hosted by something else, as the tests are): the apphost beside the dll, else dotnet itself.
        var apphost = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(dll) + (OperatingSystem.IsWindows() ? ".exe" : ""));
        if (File.Exists(apphost))
            return new Batch.WorkerCommand(apphost, [Name]);
        var dotnet = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        return new Batch.WorkerCommand(dotnet, [dll, Name]);
    }

    // A made-up report in the shape every era shares (a title, numbered headings, a table row), not taken from any report.
    private const string WarmUpText = "2020年政府信息公开工作年度报告\n一、总体情况\n本年收到申请5件。\n二、主动公开政府信息情况\n规章\t0\t0\t0\n";

    /// <summary>
    /// Parses a small text before the worker says it is ready, so that compiling the pipeline counts against no file's
    /// time limit (the first file of a fresh worker would otherwise carry it).
    /// </summary>
    private static void WarmUp()
    {
        try
        {
            ReportParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(WarmUpText), "warm-up.txt");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a parse that fails still compiled what it ran
        }
    }

    private static int Run()
    {
        // Ctrl+C reaches the whole process group; the batch decides what happens to the file being parsed.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        var answers = Console.OpenStandardOutput();
        Console.SetOut(Console.Error); // nothing but frames on stdout
        WarmUp();
        WorkerHost.Serve(Console.OpenStandardInput(), answers, ReportParser.Default, TestFault.FromEnvironment());
        return ExitCodes.Ok;
    }
}
