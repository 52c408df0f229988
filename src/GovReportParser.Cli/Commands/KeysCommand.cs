using System.CommandLine;
using GovReportParser.Writers;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport keys [--format tsv|json|md]</c>: prints every metric key with its table, labels, unit, type and
/// templates (docs/metrics.tsv, docs/metrics.md).</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format", "-f") { Description = "tsv (default), json or md", DefaultValueFactory = _ => "tsv" };
        format.AcceptOnlyFromAmong([.. KeyListWriter.Formats]);
        var command = new Command("keys", "Print the metric keys with their tables, labels, units and templates") { format };
        command.SetAction(r =>
        {
            stdout.Write(KeyListWriter.Render(r.GetValue(format)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
