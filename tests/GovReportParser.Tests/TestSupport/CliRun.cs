using GovReportParser.Cli;

namespace GovReportParser.Tests.TestSupport;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => WithInput([], args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun WithInput(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GovReportCli.Run(args, stdout, stderr, () => new MemoryStream(stdin));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
