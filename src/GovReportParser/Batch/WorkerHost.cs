using GovReportParser.Pipeline;

namespace GovReportParser.Batch;

/// <summary>
/// The worker's side: reads one <see cref="FileJob"/> a frame from <c>input</c>, runs it, answers with its
/// <see cref="FileResult"/> on <c>output</c> (after an empty frame that says it is ready), until the batch closes the pipe. A parse that runs out of memory is
/// answered, and then the worker ends: its heap is no longer to be trusted.
/// </summary>
public static class WorkerHost
{
    /// <param name="beforeEach">Called with each job before it runs (the command line's test hook).</param>
    public static void Serve(Stream input, Stream output, ReportParser parser, Action<FileJob>? beforeEach = null)
    {
        Frames.Write(output, []); // ready: the runtime is up, so the first file's time limit counts its parse, not the start
        while (Frames.Read(input) is { } frame)
        {
            var job = WorkerWire.DecodeJob(frame);
            beforeEach?.Invoke(job);
            var result = job.Run(parser);
            Frames.Write(output, WorkerWire.Encode(result));
            if (result.Retire)
                return;
        }
    }
}
