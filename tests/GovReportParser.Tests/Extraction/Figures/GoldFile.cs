using System.Text.Json;

namespace GovReportParser.Tests.Extraction.Figures;

/// <summary>The parts of a gold answer (samples/gold, ../shared/corpus/gold) that figures and narrative metrics are scored on.</summary>
public sealed record GoldFile(IReadOnlyList<GoldFigure> Figures, IReadOnlyList<string> NotFigures, IReadOnlyDictionary<string, decimal?> Metrics)
{
    public static GoldFile Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var figures = root.TryGetProperty("figures", out var f)
            ? f.EnumerateArray().Select(e => new GoldFigure(e.GetProperty("text").GetString()!, e.GetProperty("value").GetDecimal(),
                e.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "")).ToArray()
            : [];
        var traps = root.TryGetProperty("not_figures", out var n) ? n.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        var metrics = root.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDecimal() : (decimal?)null)
            : [];
        return new GoldFile(figures, traps, metrics);
    }
}

public sealed record GoldFigure(string Text, decimal Value, string Unit);
