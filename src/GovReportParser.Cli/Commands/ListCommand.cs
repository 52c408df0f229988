using System.CommandLine;
using GovReportParser.Batch;
using GovReportParser.Pipeline;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>govreport list DIR</c>: the files <c>govreport batch DIR</c> would give a row, one relative path a line, in its
/// order. A driver that cuts a corpus into parts (integrations/dask) lists it with this, so that the tool stays the one
/// folder walker: <c>batch --files-from (list output) --root DIR</c> then reads what <c>batch DIR</c> reads.
/// </summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("DIR") { Description = "A folder of reports, walked as batch walks it" };
        var command = new Command("list", "Print the files a batch of DIR reads or skips, one relative path a line, in the batch's order") { dir };
        command.SetAction(r =>
        {
            var path = r.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                stderr.WriteLine(GovReportCli.FailureLine(path, "not a folder"));
                return ExitCodes.Usage;
            }
            var inputs = InputFinder.Find(path, ReportParser.Default.CanRead);
            foreach (var entry in Listed(inputs))
                stdout.Write(entry + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Rows and skipped files, sorted; not the folders (an unreadable one, a second link to one), which a list cannot name.</summary>
    public static IEnumerable<string> Listed(InputSet inputs) => inputs.Entries.Where(e => !e.EndsWith('/'));
}
