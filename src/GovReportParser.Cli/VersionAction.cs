using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace GovReportParser.Cli;

/// <summary>
/// Prints this tool's version. The built-in action reads the entry assembly, which is the test host when the CLI runs
/// in-process; the version that matters is govreport's own.
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}
