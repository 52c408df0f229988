using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovReportParser.Readers.Pdf;

namespace GovReportParser.Benchmarks;

// Inside GovReportParser.*, "Summary" would name the library's HTML-summary namespace; the column API means BenchmarkDotNet's.
using Summary = BenchmarkDotNet.Reports.Summary;

/// <summary>
/// Pages per second of the PDF reader beside <c>pdftotext -layout</c> (poppler-utils) on the same files: the sample PDFs
/// and, when ../shared is beside the checkout, the corpus PDFs 001–003. pdftotext runs as users run it, one process per
/// file writing to a pipe; the reader runs in process, as the batch command runs it.
/// Run: <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- --filter '*PdfReaderBenchmarks*'</c>
/// (needs <c>apt-get install poppler-utils</c>); the "Pages/s" column gives the speeds, "Ratio" the reader's time over pdftotext's.
/// Two jobs: the runtime's default GC, and non-concurrent GC. PdfPig allocates about 3 MB per page, and on a small machine
/// the background GC thread competes with the parse; <c>&lt;ConcurrentGarbageCollection&gt;false&lt;/ConcurrentGarbageCollection&gt;</c>
/// in the CLI project is what the second job measures.
/// </summary>
[Config(typeof(PagesPerSecondConfig))]
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private static readonly Lazy<(string Path, byte[] Bytes)[]> Files = new(LoadFiles);

    /// <summary>Total pages of the benchmarked files; computed in the host process too, for the Pages/s column.</summary>
    private static readonly Lazy<int> TotalPages = new(() => Files.Value.Sum(f => int.Parse(new PdfReader().Read(f.Bytes, f.Path).ContainerMetadata["pages"])));

    private (string Path, byte[] Bytes)[] _files = [];

    [GlobalSetup]
    public void Setup() => _files = Files.Value;

    private static (string, byte[])[] LoadFiles()
    {
        var root = FindRoot();
        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "raw"));
        var paths = Directory.GetFiles(Path.Combine(root, "samples", "pdf"), "*.pdf").Order(StringComparer.Ordinal)
            .Concat(new[] { "001.pdf", "002.pdf", "003.pdf" }.Select(f => Path.Combine(corpus, f)).Where(File.Exists));
        return paths.Select(p => (p, File.ReadAllBytes(p))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long PdfToTextLayout()
    {
        long characters = 0;
        foreach (var (path, _) in _files)
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            characters += process.StandardOutput.ReadToEnd().Length;
            process.WaitForExit();
        }
        return characters;
    }

    [Benchmark]
    public int GovReportPdfReader()
    {
        var blocks = 0;
        foreach (var (path, bytes) in _files)
            blocks += new PdfReader().Read(bytes, path).Blocks.Count;
        return blocks;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReportParser.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GovReportParser.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class PagesPerSecondConfig : ManualConfig
    {
        public PagesPerSecondConfig()
        {
            AddJob(Job.Default.WithIterationCount(20).WithWarmupCount(3).WithId("DefaultGc"));
            AddJob(Job.Default.WithIterationCount(20).WithWarmupCount(3).WithGcConcurrent(false).WithId("NonConcurrentGc"));
            AddColumn(new PagesPerSecondColumn());
        }
    }

    /// <summary>Total pages over the mean time of one pass over all files.</summary>
    private sealed class PagesPerSecondColumn : IColumn
    {
        public string Id => nameof(PagesPerSecondColumn);
        public string ColumnName => "Pages/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Pages read per second (all benchmarked files, mean time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (TotalPages.Value / (mean.Value / 1e9)).ToString("N1") : "?";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
