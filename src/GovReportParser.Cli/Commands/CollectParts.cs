using GovReportParser.Batch.Parts;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>collect</c> over a sharded run: the parts merged into OUTDIR's tables, then what a batch follows its tables with
/// (panel.csv; summary.html when the shards or collect were asked for it), so that the folder equals one run's.
/// </summary>
internal static class CollectParts
{
    public static int Run(string dir, string? output, IReadOnlyList<string>? formats, bool? byteOrderMark, bool summary, TextWriter stdout, TextWriter stderr)
    {
        var target = output ?? dir;
        PartsCollected collected;
        try
        {
            collected = PartsCollection.Collect(dir, target, formats, byteOrderMark);
        }
        catch (PartsRefusedException e)
        {
            stderr.WriteLine(GovReportCli.FailureLine(PartFolder.PartsDirectory(dir), e.Message));
            return ExitCodes.Failed;
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine(GovReportCli.FailureLine(PartFolder.PartsDirectory(dir), e.Message + "; nothing was collected"));
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(GovReportCli.TablesNotWritten(target, e));
            return ExitCodes.Failed;
        }
        stdout.WriteLine($"{collected.Parsed} parsed, {collected.Failed} failed, {collected.Skipped} skipped: {collected.Parts.Parts.Count} parts collected " +
            $"({string.Join(",", collected.Formats)}) → {MessageText.Escape(target)}");
        if (PartDebris.Remove(dir) is > 0 and var debris)
            stdout.WriteLine($"removed {debris} unfinished part folder{(debris > 1 ? "s" : "")} left by killed shards in {MessageText.Escape(PartFolder.PartsDirectory(dir))}");
        // panel.csv and summary.html read the report JSON files, which are in OUTDIR; the panel goes beside the tables,
        // summary.html beside the JSON it links to (CollectCommand refuses --summary with another -o).
        var elsewhere = CollectCommand.IsElsewhere(target, dir);
        var dataset = new Writers.Dataset.DatasetOptions
        {
            ByteOrderMark = byteOrderMark ?? collected.Parts.First.ByteOrderMark, ReportsPerWindow = collected.Parts.First.ReportsPerWindow,
        };
        return BatchPanel.Write(dir, !elsewhere && (summary || collected.Parts.First.Summary), collected.Skipped, collected.Formats, dataset, stdout, stderr,
                elsewhere ? target : null)
            ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
