using System.Diagnostics;
using System.Globalization;

namespace GovReportParser.Batch;

/// <summary>A worker that ended (crashed, was killed at its time limit, or ran out of memory) without answering.</summary>
internal sealed class WorkerLostException(string reason) : Exception(reason);

/// <summary>
/// One worker process and its pipes. The worker's heap is capped by the runtime (DOTNET_GCHeapHardLimit); a job over its
/// time limit, or a batch being cancelled, kills the process, which ends the pipe the answer was awaited on.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrLinesKept = 20;

    /// <summary>How long a worker may take to start (a loaded machine can take seconds; only a broken one takes this long).</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private bool _ready;

    private readonly Process _process;
    private readonly Stream _requests;
    private readonly Stream _answers;
    private readonly Queue<string> _stderrTail = new();
    private int _disposed;

    public int Jobs { get; private set; }

    /// <summary>The process id (kept: it names the worker's temporary files after the process is gone).</summary>
    public int Id { get; }

    private WorkerProcess(Process process)
    {
        _process = process;
        Id = process.Id;
        _requests = process.StandardInput.BaseStream;
        _answers = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (_stderrTail)
            {
                _stderrTail.Enqueue(e.Data);
                if (_stderrTail.Count > StderrLinesKept)
                    _stderrTail.Dequeue();
            }
        };
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(WorkerSettings settings)
    {
        var start = new ProcessStartInfo(settings.Command.FileName)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in settings.Command.Arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in settings.Environment)
            start.Environment[name] = value;
        // The runtime reads its heap limit as hexadecimal bytes, without a "0x": a Native AOT build ignores a value with one
        // (and ran its workers unlimited), the JIT runtime takes both.
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimitSetting(settings.MemoryLimitBytes);
        // One parse a process, so one heap (a heap per core in every worker would multiply memory by the cores), but server
        // GC's: its larger young generation collects a PDF's short-lived objects less often than workstation GC did. 100 PDFs
        // (Native AOT, --jobs 2, seven alternating runs): 2.6-3.0 s CPU against 3.0-3.7 s; 2,000 txt reports: no difference
        // in CPU, 110 MB a worker at peak instead of 66 MB. Not tied to a core: two workers' heaps would share the first.
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_GCHeapCount"] = "1";
        start.Environment["DOTNET_GCNoAffinitize"] = "1";
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException($"{settings.Command.FileName} did not start"));
    }

    /// <summary>A heap limit as the runtimes read it from the environment: hexadecimal digits alone.</summary>
    internal static string HeapLimitSetting(long bytes) => bytes.ToString("X", CultureInfo.InvariantCulture);

    /// <summary>Runs one job; a <see cref="WorkerLostException"/> with the reason when the worker dies first.</summary>
    public FileResult Run(FileJob job, TimeSpan timeout, CancellationToken cancellation)
    {
        Jobs++;
        if (!_ready)
            AwaitReady(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        using var kill = limit.Token.Register(Kill);
        byte[]? answer;
        try
        {
            Frames.Write(_requests, WorkerWire.Encode(job));
            answer = Frames.Read(_answers);
        }
        catch (IOException)
        {
            answer = null; // the pipe broke: the worker is gone
        }
        catch (InvalidDataException)
        {
            Kill(); // not a frame of ours: something else wrote to the worker's stdout
            throw new WorkerLostException(FailureReasons.UnreadableAnswer);
        }
        if (answer is not null)
            return WorkerWire.DecodeResult(answer);
        cancellation.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
            throw new WorkerLostException(FailureReasons.TimedOut(timeout));
        throw new WorkerLostException(FailureReasons.Crashed(ExitCode(), StderrTail()));
    }

    private void AwaitReady(CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(StartLimit);
        using var kill = limit.Token.Register(Kill);
        byte[]? ready;
        try
        {
            ready = Frames.Read(_answers);
        }
        catch (IOException)
        {
            ready = null;
        }
        cancellation.ThrowIfCancellationRequested();
        if (ready is null)
            throw new WorkerLostException("worker did not start: " + FailureReasons.Crashed(ExitCode(), StderrTail()));
        _ready = true;
    }

    private int ExitCode()
    {
        try
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
                Kill();
            _process.WaitForExit(); // and its stderr read to the end
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1; // disposed by the pool meanwhile
        }
    }

    private string StderrTail()
    {
        lock (_stderrTail)
            return string.Join('\n', _stderrTail);
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it has exited already
        }
    }

    /// <summary>Asks the worker to end (its input closes) and kills it if it does not end at once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        try
        {
            _requests.Dispose();
        }
        catch (IOException)
        {
            // the pipe is broken: the worker is gone already
        }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
            Kill();
        _process.Dispose();
    }

    /// <summary>Kills the worker at once (a cancelled batch does not wait for the file being parsed).</summary>
    public void Abort()
    {
        Kill();
        Dispose();
    }
}
