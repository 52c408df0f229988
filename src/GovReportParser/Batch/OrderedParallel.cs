namespace GovReportParser.Batch;

/// <summary>
/// Maps a list on worker threads and yields the results in input order, holding at most <c>capacity</c> results that
/// wait for their turn. Workers take the next item as soon as they finish one (no barrier between groups of items, so
/// one slow report stalls nobody), and a worker that runs too far ahead of the consumer waits: memory stays flat however
/// long the list.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int jobs, int capacity,
        CancellationToken cancellation = default)
    {
        if (items.Count == 0)
            yield break;
        var state = new State<TItem, TResult>(items, work, Math.Max(jobs, capacity), cancellation);
        var workers = Enumerable.Range(0, Math.Clamp(jobs, 1, items.Count))
            .Select(n => new Thread(state.Work) { IsBackground = true, Name = $"govreport-{n}" }).ToArray();
        foreach (var worker in workers)
            worker.Start();
        try
        {
            for (var i = 0; i < items.Count; i++)
                yield return state.Take(i);
        }
        finally
        {
            state.Stop();
            foreach (var worker in workers)
                worker.Join();
        }
    }

    private sealed class State<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, int capacity, CancellationToken cancellation)
    {
        private readonly object _gate = new();
        private readonly TResult[] _results = new TResult[capacity];
        private readonly bool[] _ready = new bool[capacity];
        private int _claimed, _consumed;
        private bool _stopped;
        private Exception? _failure;

        public void Work()
        {
            using var wake = cancellation.Register(Stop);
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_stopped && _claimed < items.Count && _claimed - _consumed >= capacity)
                        Monitor.Wait(_gate);
                    if (_stopped || _claimed >= items.Count)
                        return;
                    index = _claimed++;
                }
                TResult result;
                try
                {
                    result = work(items[index]);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    Stop(); // the consumer throws the cancellation itself
                    return;
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        _failure ??= e;
                        _stopped = true;
                        Monitor.PulseAll(_gate);
                    }
                    return;
                }
                lock (_gate)
                {
                    _results[index % capacity] = result;
                    _ready[index % capacity] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public TResult Take(int index)
        {
            lock (_gate)
            {
                while (!_ready[index % capacity] && !_stopped)
                    Monitor.Wait(_gate);
                if (_failure is not null)
                    throw new AggregateException(_failure);
                cancellation.ThrowIfCancellationRequested();
                if (!_ready[index % capacity])
                    throw new InvalidOperationException("stopped before the result was ready");
                var result = _results[index % capacity];
                _results[index % capacity] = default!;
                _ready[index % capacity] = false;
                _consumed = index + 1;
                Monitor.PulseAll(_gate);
                return result;
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
