using System.CommandLine;
using GovReportParser.Model;
using GovReportParser.Pipeline;

namespace GovReportParser.Cli.Commands;

/// <summary><c>govreport normalize FILE</c>: prints the text the parser sees after normalisation, one block a line.</summary>
internal static class NormalizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The report to normalise" };
        var furniture = new Option<bool>("--furniture") { Description = "Also print page furniture (page numbers, running heads), marked with #" };
        var command = new Command("normalize", "Print the normalised text of a report (what the parser sees)") { file, furniture };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(furniture), stdout, stderr));
        return command;
    }

    private static int Run(string path, bool showFurniture, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new Diagnostics();
        Document document;
        try
        {
            document = ReportParser.Default.ReadNormalised(path, diagnostics);
        }
        catch (InvalidInputException e)
        {
            stderr.WriteLine(GovReportCli.FailureLine(path, e.Message));
            return ExitCodes.Failed;
        }
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Furniture)
            {
                if (showFurniture)
                    stdout.WriteLine("# " + block.Text);
                continue;
            }
            stdout.WriteLine(block.Text);
        }
        foreach (var warning in diagnostics.Warnings)
            stderr.WriteLine($"warning: {path}:{warning.Line}: {warning.Code}: {warning.Message}");
        return ExitCodes.Ok;
    }
}
