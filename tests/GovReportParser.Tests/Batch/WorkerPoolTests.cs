using System.Diagnostics;
using GovReportParser.Batch;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

/// <summary>The worker pool with real worker processes (the command line's apphost), misbehaving through its test hook.</summary>
public class WorkerPoolTests
{
    private static WorkerSettings Settings(params (string Kind, string Name)[] faults) =>
        new(CliProcess.Worker) { Environment = CliProcess.Faults(faults), Timeout = TimeSpan.FromSeconds(20) };

    private static FileJob Job(TempDir dir, string name, string sample = "002_")
    {
        var path = dir.Write(name, File.ReadAllBytes(RepoPaths.SampleTxt(sample)));
        return new FileJob(path, name) { RenderCsv = true, ReturnJson = true };
    }

    [Test]
    public void Given_a_job_When_run_in_a_worker_Then_the_result_is_the_in_process_one_byte_for_byte()
    {
        using var dir = new TempDir();
        var job = Job(dir, "a.txt");
        using var pool = new WorkerPool(Settings());

        var isolated = pool.Run(job);
        var local = job.Run(ReportParser.Default);

        Assert.That(isolated.Error, Is.Null);
        Assert.That(isolated.Json, Is.EqualTo(local.Json));
        Assert.That(isolated.Rows!.Tables, Is.EqualTo(local.Rows!.Tables));
        Assert.That((isolated.Warnings, isolated.FailedChecks), Is.EqualTo((local.Warnings, local.FailedChecks)));
    }

    [TestCase("stack-overflow", FailureReasons.StackOverflow)]
    [TestCase("allocate", FailureReasons.OverMemoryLimit)]
    [TestCase("exit", "crashed (exit code 3)")]
    public void Given_a_worker_that_fails_on_one_file_When_run_Then_that_file_fails_with_the_reason_and_the_next_one_parses(string kind, string reason)
    {
        using var dir = new TempDir();
        using var pool = new WorkerPool(Settings((kind, "bad.txt")) with { MemoryLimitBytes = 256L << 20 });

        var bad = pool.Run(Job(dir, "bad.txt"));
        var good = pool.Run(Job(dir, "good.txt"));

        Assert.That(bad.Error, Is.EqualTo(reason));
        Assert.That(bad.Rows!.Tables[0], Is.Not.Empty, "a failed row for reports.csv");
        Assert.That(good.Error, Is.Null);
    }

    [Test]
    public void Given_a_file_that_never_ends_When_run_under_a_time_limit_Then_it_fails_as_timed_out_and_its_worker_is_replaced()
    {
        using var dir = new TempDir();
        // The limit is short for the hanging file, and long enough for a good file on a loaded machine.
        using var pool = new WorkerPool(Settings(("hang", "bad.txt")) with { Timeout = TimeSpan.FromSeconds(15) });

        var bad = pool.Run(Job(dir, "bad.txt"));
        var good = pool.Run(Job(dir, "good.txt"));

        Assert.That(bad.Error, Is.EqualTo("timed out after 15 s"));
        Assert.That(good.Error, Is.Null);
    }

    [Test]
    public void Given_a_recycle_count_When_more_jobs_run_Then_every_job_is_answered_by_fresh_workers()
    {
        using var dir = new TempDir();
        using var pool = new WorkerPool(Settings() with { RecycleAfter = 2 });

        var results = Enumerable.Range(0, 5).Select(i => pool.Run(Job(dir, $"r{i}.txt", RepoPaths.SampleIds[i][..4]))).ToArray();

        Assert.That(results.Select(r => r.Error), Is.All.Null);
        Assert.That(results.Select(r => r.File), Is.EqualTo(new[] { "r0.txt", "r1.txt", "r2.txt", "r3.txt", "r4.txt" }));
    }

    [Test]
    public void Given_a_file_being_parsed_When_the_batch_is_cancelled_Then_the_worker_is_killed_and_the_run_stops_at_once()
    {
        using var dir = new TempDir();
        using var pool = new WorkerPool(Settings(("hang", "bad.txt")) with { Timeout = TimeSpan.FromMinutes(5) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        Assert.Throws<OperationCanceledException>(() => pool.Run(Job(dir, "bad.txt"), cancel.Token));

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "a guard against waiting for the time limit");
    }
}
