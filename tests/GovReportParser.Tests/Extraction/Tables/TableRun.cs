using System.Text.Json;
using GovReportParser.Extraction;
using GovReportParser.Extraction.Tables;
using GovReportParser.Model;
using GovReportParser.Readers;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>Runs the table extractor the way the pipeline does, on a document read from a file or built from text.</summary>
internal sealed record TableRun(ExtractionResult Result, Diagnostics Diagnostics)
{
    public IReadOnlyDictionary<string, decimal> Metrics => Result.Metrics.ToDictionary();

    public static TableRun Of(Document document)
    {
        var result = new ExtractionResult();
        var diagnostics = new Diagnostics();
        new StandardTableExtractor().Extract(new StructuredDocument(document, [], new ReportMetadata()), result, diagnostics);
        return new TableRun(result, diagnostics);
    }

    public static TableRun OfFile(string path) => Of(ReadTxt(path));

    public static TableRun OfText(string text) => Of(FromBlocks(TxtReader.SplitLines(text)));

    public static Document ReadTxt(string path) => new TxtReader().Read(File.ReadAllBytes(path), path);

    public static Document FromBlocks(IReadOnlyList<Block> blocks) => new(new SourceInfo("test.txt", "txt", "utf-8", ""), blocks);

    /// <summary>The table metrics (t2., t3., t4.) a gold file states.</summary>
    public static Dictionary<string, decimal> GoldTableMetrics(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        return gold.RootElement.GetProperty("metrics").EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number && p.Name.Length > 3 && p.Name[0] == 't' && p.Name[2] == '.')
            .ToDictionary(p => p.Name, p => p.Value.GetDecimal());
    }
}
