using GovReportParser.Batch;
using Spectre.Console;

namespace GovReportParser.Cli.Progress;

/// <summary>A live progress bar (count, rate, remaining time) on an interactive terminal's stderr.</summary>
internal sealed class LiveProgressView(TextWriter stderr) : IBatchProgressView
{
    public BatchSummary Run(Func<Action<FileResult, BatchProgress>, BatchSummary> batch)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        BatchSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("parsing");
                summary = batch((outcome, progress) =>
                {
                    task.MaxValue = Math.Max(1, progress.Total);
                    task.Value = progress.Done;
                    task.Description = $"parsing {progress.Done}/{progress.Total} ({progress.PerSecond:0}/s, {progress.Failed} failed)";
                    if (outcome.Error is { } error)
                        console.MarkupLineInterpolated($"[red]{GovReportCli.FailureLine(outcome.File, error)}[/]");
                });
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
