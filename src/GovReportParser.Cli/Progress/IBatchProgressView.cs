using GovReportParser.Batch;

namespace GovReportParser.Cli.Progress;

/// <summary>How a running batch shows itself on stderr: a live bar on a terminal, periodic lines otherwise, or nothing.</summary>
internal interface IBatchProgressView
{
    /// <summary>Runs <paramref name="batch"/>, giving it the observer that updates this view.</summary>
    BatchSummary Run(Func<Action<FileResult, BatchProgress>, BatchSummary> batch);
}
