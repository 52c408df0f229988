using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovReportParser.Normalisation;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Traditional → simplified throughput on the ≥ 20 MB text of <see cref="T2STextGenerator"/>: the conversion alone, and
/// file to file (read, convert, write UTF-8), which is what `opencc -c t2s.json -i FILE -o OUT` does.
/// Run: dotnet run -c Release --project tests/GovReportParser.Benchmarks -- --filter '*T2S*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class T2SBenchmark
{
    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new T2SThroughputColumn());
    }

    private readonly TraditionalToSimplified _converter = TraditionalToSimplified.Default;
    private string _text = "";
    private string _input = "";
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        _input = T2STextGenerator.Ensure();
        _text = File.ReadAllText(_input, Encoding.UTF8);
        _output = Path.Combine(Path.GetDirectoryName(_input)!, "t2s-20mb.out.txt");
        Console.WriteLine($"// T2S text: {_input} ({new FileInfo(_input).Length:N0} bytes)");
    }

    [Benchmark(Baseline = true)]
    public int ConvertString() => _converter.Convert(_text).Length;

    [Benchmark]
    public void ConvertFile() => File.WriteAllText(_output, _converter.Convert(File.ReadAllText(_input, Encoding.UTF8)), new UTF8Encoding(false));
}
