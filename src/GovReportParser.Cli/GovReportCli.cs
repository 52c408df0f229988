using System.CommandLine;
using GovReportParser.Cli.Commands;
using GovReportParser.Readers;

namespace GovReportParser.Cli;

/// <summary>The command line: parses arguments, wires the pipeline, reports. All work is the library's.</summary>
public static class GovReportCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Runs a command line; <paramref name="stdin"/> is opened only by a command that reads standard input.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        EncodingSetup.Register();
        var root = new RootCommand("govreport: parse Chinese government information-disclosure annual reports (政府信息公开工作年度报告) into JSON and CSV")
        {
            ParseCommand.Create(stdout, stderr, stdin),
            BatchCommand.Create(stdout, stderr, stdin),
            CheckCommand.Create(stdout, stderr),
            NormalizeCommand.Create(stdout, stderr),
            CollectCommand.Create(stdout, stderr),
            ListCommand.Create(stdout, stderr),
            SummaryCommand.Create(stdout, stderr),
            KeysCommand.Create(stdout),
            SchemaCommand.Create(stdout),
            WorkerCommand.Create(),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Action = new VersionAction(stdout);
        var parsed = root.Parse(args);
        var code = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>One line naming the file and the reason, as every failure is reported (escaped: one line whatever the name).</summary>
    public static string FailureLine(string file, string reason) => $"error: {MessageText.Escape(file)}: {MessageText.Escape(reason)}";

    /// <summary>The one line for tables that could not be made or written (batch and collect alike): their temporary files are gone.</summary>
    public static string TablesNotWritten(string target, Exception e) => FailureLine(target, $"the tables could not be written ({Batch.OutputErrors.Reason(e)})");
}
