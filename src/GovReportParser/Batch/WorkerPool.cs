using System.Collections.Concurrent;
using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>
/// Worker processes that run <see cref="FileJob"/>s, one job a worker at a time, each under the time and memory limits of
/// <see cref="WorkerSettings"/>. A worker that crashes, times out or runs out of memory makes its job a failed result with
/// the reason and is replaced; a worker is recycled after <see cref="WorkerSettings.RecycleAfter"/> jobs. Safe to use from
/// several threads at once.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    private readonly WorkerSettings _settings;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentDictionary<WorkerProcess, bool> _all = new();
    private bool _disposed;

    /// <param name="warm">Workers started at once, so that their start overlaps the listing of the inputs.</param>
    public WorkerPool(WorkerSettings settings, int warm = 0)
    {
        _settings = settings;
        try
        {
            for (var i = 0; i < warm; i++)
                _idle.Add(Track(WorkerProcess.Start(settings)));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // not startable: each job then fails with the reason
        }
    }

    public FileResult Run(FileJob job, CancellationToken cancellation = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellation.ThrowIfCancellationRequested();
        WorkerProcess worker;
        try
        {
            worker = _idle.TryTake(out var idle) ? idle : Track(WorkerProcess.Start(_settings));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return job.Failed($"worker could not be started ({e.Message})");
        }
        FileResult result;
        try
        {
            result = worker.Run(job, _settings.Timeout, cancellation);
        }
        catch (WorkerLostException lost)
        {
            Retire(worker);
            RemoveTemporaryFile(job, worker.Id);
            return job.Failed(lost.Message);
        }
        catch
        {
            Retire(worker);
            RemoveTemporaryFile(job, worker.Id);
            throw;
        }
        if (result.Retire || worker.Jobs >= _settings.RecycleAfter)
            Retire(worker);
        else
            _idle.Add(worker);
        return result;
    }

    private WorkerProcess Track(WorkerProcess worker)
    {
        _all[worker] = true;
        return worker;
    }

    private void Retire(WorkerProcess worker)
    {
        _all.TryRemove(worker, out _);
        worker.Dispose();
    }

    /// <summary>A worker killed while it wrote the job's JSON leaves its temporary file: the name says which.</summary>
    private static void RemoveTemporaryFile(FileJob job, int processId)
    {
        if (job.JsonPath is null)
            return;
        var full = Path.GetFullPath(job.JsonPath);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            return;
        foreach (var temp in Directory.EnumerateFiles(directory, AtomicFile.TemporaryPattern(full, processId)))
            File.Delete(temp);
    }

    /// <summary>
    /// Ends every worker at once, busy or not (a busy one's job then fails). An idle worker is asked to end (its input
    /// closes and it exits): killing a process tree first scans every process of the machine for its children, which took
    /// a tenth of a second a worker at the end of every batch and every one-file check on a busy machine.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        var idle = new HashSet<WorkerProcess>(_idle);
        foreach (var worker in _all.Keys)
        {
            _all.TryRemove(worker, out _);
            if (idle.Contains(worker))
                worker.Dispose();
            else
                worker.Abort();
        }
    }
}
