using System.Diagnostics;
using GovReportParser.Extraction;
using GovReportParser.Pipeline;
using GovReportParser.Writers;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Where a txt report's time goes, stage by stage, in steady state on one thread: reads a folder into memory, parses it
/// once to warm up, then times each stage over <c>rounds</c> passes. Complements BenchmarkDotNet (one sample, many
/// iterations) with the whole varied corpus: <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- profile DIR [rounds]</c>.
/// </summary>
internal static class StageProfile
{
    public static int Run(string directory, int rounds)
    {
        var files = SampleFolder.ReadAll(directory, "*.txt");
        var stages = new ReportParserBuilder().UseDefaults();
        var reader = stages.Readers.First(r => r.Extensions.Contains(".txt"));
        var times = new Dictionary<string, TimeSpan>();
        var allocated = new Dictionary<string, long>();
        var order = new List<string>();

        T Time<T>(string name, Func<T> work)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var value = work();
            var elapsed = Stopwatch.GetElapsedTime(start);
            allocated[name] = allocated.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (!times.TryAdd(name, elapsed))
                times[name] += elapsed;
            if (!order.Contains(name))
                order.Add(name);
            return value;
        }

        void Pass()
        {
            foreach (var (path, bytes) in files)
            {
                var diagnostics = new Model.Diagnostics();
                var document = Time("read", () => reader.Read(bytes, path));
                foreach (var step in stages.Normalisers)
                    document = Time("normalise/" + step.GetType().Name, () => step.Normalise(document, diagnostics));
                var structured = Time("structure", () => stages.Structure.Build(document, diagnostics));
                var result = new ExtractionResult();
                foreach (var extractor in stages.Extractors)
                    Time("extract/" + extractor.GetType().Name, () => { extractor.Extract(structured, result, diagnostics); return 0; });
                foreach (var check in stages.Checks)
                    Time("check/" + check.GetType().Name, () => { result.Checks.AddRange(check.Check(structured, result)); return 0; });
                var report = Time("assemble", () => ReportAssembler.Assemble(structured, result, diagnostics));
                Time("render json", () => JsonReportWriter.Render(report, bytes => bytes.Length));
                var outcome = new ParseOutcome(path, report, null);
                Time("csv rows", () =>
                {
                    CsvDatasetWriter.Render(GovReportParser.Writers.Dataset.DatasetRows.From(outcome));
                    return 0;
                });
            }
        }

        Pass();
        times.Clear();
        allocated.Clear();
        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        // Each stage's fastest pass: this machine's neighbours come and go, and the minimum is what the code costs.
        var best = new Dictionary<string, TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            var before = new Dictionary<string, TimeSpan>(times);
            Pass();
            foreach (var (name, sum) in times)
            {
                var pass = sum - before.GetValueOrDefault(name);
                best[name] = best.TryGetValue(name, out var b) && b < pass ? b : pass;
            }
        }
        var reports = files.Length * rounds;
        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var bestTotal = best.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine($"{"stage",-48} {"mean",8} {"best",8} µs/report {"share",6} {"alloc",7}");
        foreach (var name in order)
            Console.WriteLine($"{name,-48} {times[name].TotalMicroseconds / reports,8:F1} {best[name].TotalMicroseconds / files.Length,8:F1} µs/report " +
                              $"{best[name] / bestTotal,6:P1} {allocated[name] / reports / 1024.0,7:F1} KiB");
        Console.WriteLine($"{"total",-48} {total.TotalMicroseconds / reports,8:F1} {bestTotal.TotalMicroseconds / files.Length,8:F1} µs/report; wall {clock.Elapsed.TotalMicroseconds / reports:F1} µs/report, " +
                          $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / reports / 1024.0:F0} KiB allocated/report, {GC.CollectionCount(0) - gcBefore} gen0 GCs");
        return 0;
    }
}
