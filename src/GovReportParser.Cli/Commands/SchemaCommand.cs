using System.CommandLine;
using GovReportParser.Writers;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport schema</c>: prints the JSON Schema of the report JSON (docs/report.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schema", "Print the JSON Schema of the report JSON that parse and batch write");
        command.SetAction(_ =>
        {
            stdout.Write(ReportSchema.Shipped());
            return ExitCodes.Ok;
        });
        return command;
    }
}
