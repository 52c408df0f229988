using GovReportParser.Readers.Pdf;
using UglyToad.PdfPig;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Our page steps alone, without PdfPig's share and its noise: every page's glyphs and rules are read once, then each step
/// runs over all pages ROUNDS times, timed on this thread's clock (other threads, such as a background collection, are not
/// counted):
/// <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- profile-pdf-steps DIR [rounds [step]]</c>
/// (step: part of a step's name, to time that step alone).
/// </summary>
internal static class PdfReaderStepProfile
{
    private sealed record PageInput(List<PdfGlyph> Glyphs, List<Segment> Horizontal, List<Segment> Vertical, int Number);

    public static int Run(string directory, int rounds, string? only = null)
    {
        var pages = new List<PageInput>();
        foreach (var (_, bytes) in SampleFolder.ReadAll(directory, "*.pdf"))
        {
            using var pdf = PdfDocument.Open(bytes);
            foreach (var page in pdf.GetPages())
            {
                var (h, v) = RulingSegments.Extract(page.Paths);
                pages.Add(new PageInput(PdfPigGlyphs.Of(page.Letters), h, v, page.Number));
            }
        }
        var deduplicated = pages.Select(p => LetterDeduplicator.Deduplicate(p.Glyphs).Where(l => !string.IsNullOrEmpty(l.Value)).ToList()).ToList();
        var outside = pages.Select((p, i) => { RuledTableFinder.Find(p.Horizontal.ToList(), p.Vertical.ToList(), deduplicated[i], p.Number, out var rest); return rest; }).ToList();
        var steps = new (string Name, Action<int> Run)[]
        {
            ("fake-bold filter", i => LetterDeduplicator.Deduplicate(pages[i].Glyphs)),
            ("ruled tables", i => RuledTableFinder.Find(pages[i].Horizontal.ToList(), pages[i].Vertical.ToList(), deduplicated[i], pages[i].Number, out _)),
            ("lines", i => LineBuilder.Build(outside[i].Where(l => l.Upright))),
        };
        Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => p.Glyphs.Count)} glyphs, {rounds} rounds");
        Console.WriteLine($"{"step (this thread's CPU time)",-32} {"µs/page",9}");
        foreach (var (name, run) in steps.Where(s => only is null || s.Name.Contains(only)))
        {
            for (var i = 0; i < pages.Count; i++)
                run(i); // warm-up
            var best = double.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                var start = ThreadTime();
                for (var i = 0; i < pages.Count; i++)
                    run(i);
                best = Math.Min(best, (ThreadTime() - start).TotalMicroseconds / pages.Count);
            }
            Console.WriteLine($"{name,-32} {best,9:F1}");
        }
        return 0;
    }

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID).</summary>
    private static TimeSpan ThreadTime()
    {
        clock_gettime(ThreadClock, out var t);
        return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
    }

    private const int ThreadClock = 3;

    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);
}
