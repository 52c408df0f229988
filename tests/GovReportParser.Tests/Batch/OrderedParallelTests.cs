using GovReportParser.Batch;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class OrderedParallelTests
{
    [Test]
    public void Given_items_of_uneven_cost_When_mapped_on_four_threads_Then_results_come_in_input_order()
    {
        var items = Enumerable.Range(0, 200).ToArray();

        // Every seventh item is slow, so later items finish first on the other threads.
        var results = OrderedParallel.Map(items, i =>
        {
            if (i % 7 == 0)
                Thread.Sleep(2);
            return i * 10;
        }, jobs: 4, capacity: 8).ToList();

        Assert.That(results, Is.EqualTo(items.Select(i => i * 10)));
    }

    [Test]
    public void Given_a_slow_consumer_When_mapping_Then_workers_never_run_more_than_the_capacity_ahead()
    {
        var yielded = 0;
        var furthestAhead = int.MinValue;
        var count = 0;
        // An item may start only while fewer than `capacity` results wait: its index is below what the consumer has
        // taken (the one in hand included) plus the capacity.
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 100).ToArray(), i =>
                 {
                     InterlockedMax(ref furthestAhead, i - Volatile.Read(ref yielded));
                     return i;
                 }, jobs: 3, capacity: 5))
        {
            Interlocked.Increment(ref yielded);
            Thread.Sleep(1);
            count++;
        }

        Assert.That(count, Is.EqualTo(100));
        Assert.That(furthestAhead, Is.InRange(1, 5));
    }

    [Test]
    public void Given_work_that_throws_When_mapped_Then_the_consumer_sees_the_exception_and_the_workers_stop()
    {
        var calls = 0;
        var results = new List<int>();

        var thrown = Assert.Throws<AggregateException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 1000).ToArray(), i =>
                     {
                         Interlocked.Increment(ref calls);
                         return i == 10 ? throw new InvalidOperationException("item 10") : i;
                     }, jobs: 2, capacity: 4))
                results.Add(r);
        });

        Assert.That(thrown!.InnerException!.Message, Is.EqualTo("item 10"));
        Assert.That(results, Is.EqualTo(Enumerable.Range(0, results.Count)), "what came before the failure came in order");
        Assert.That(calls, Is.LessThan(1000), "workers stop after a failure");
    }

    [Test]
    public void Given_a_consumer_that_stops_early_When_mapping_Then_the_workers_end()
    {
        var calls = 0;
        var first = OrderedParallel.Map(Enumerable.Range(0, 10_000).ToArray(), i => Interlocked.Increment(ref calls), jobs: 2, capacity: 4)
            .Take(3).ToList();

        Assert.That(first, Has.Count.EqualTo(3));
        Assert.That(calls, Is.LessThan(10_000));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, current) == current)
                return;
    }
}
