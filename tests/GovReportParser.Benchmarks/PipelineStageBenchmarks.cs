using BenchmarkDotNet.Attributes;
using GovReportParser.Extraction;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Readers;
using GovReportParser.Structure;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Each stage of the txt pipeline on one sample, so that a slowdown points at its stage:
/// <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- --filter '*PipelineStage*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineStageBenchmarks
{
    private readonly ReportParser _parser = ReportParser.Default;
    private readonly ReportParserBuilder _stages = new ReportParserBuilder().UseDefaults();
    private byte[] _bytes = [];
    private string _path = "";
    private Document _read = null!;
    private Document _normalised = null!;
    private StructuredDocument _structured = null!;

    /// <summary>002 has the 2019 tables as tab-separated rows; 004 is traditional script with conversion debris.</summary>
    [Params("002_4b9b066e761ef3f1.txt", "004_112815d22716772a.txt")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(SampleFolder.Find(), Sample);
        _bytes = File.ReadAllBytes(_path);
        _read = new TxtReader().Read(_bytes, _path);
        _normalised = Normalise();
        _structured = Structure();
    }

    [Benchmark]
    public Document Read() => new TxtReader().Read(_bytes, _path);

    [Benchmark]
    public Document Normalise()
    {
        var document = _read;
        foreach (var step in _stages.Normalisers)
            document = step.Normalise(document, new Model.Diagnostics());
        return document;
    }

    [Benchmark]
    public StructuredDocument Structure() => _stages.Structure.Build(_normalised, new Model.Diagnostics());

    [Benchmark]
    public ExtractionResult Extract()
    {
        var result = new ExtractionResult();
        foreach (var extractor in _stages.Extractors)
            extractor.Extract(_structured, result, new Model.Diagnostics());
        return result;
    }

    [Benchmark(Baseline = true)]
    public Report ParseWhole() => _parser.Parse(_bytes, _path);
}
