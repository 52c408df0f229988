namespace GovReportParser.Batch;

/// <summary>
/// Where a batch writes each input's JSON: the input's relative path with .json for its extension (a/x.txt → a/x.json),
/// except when two inputs in one folder share a name (x.txt and x.pdf): then both keep their extension (x.txt.json).
/// </summary>
public static class OutputNaming
{
    public static IReadOnlyDictionary<string, string> JsonPaths(IReadOnlyList<string> relativeInputs)
    {
        var stems = relativeInputs
            .GroupBy(p => Path.Combine(Path.GetDirectoryName(p) ?? "", Path.GetFileNameWithoutExtension(p)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return relativeInputs.ToDictionary(p => p, p =>
        {
            var stem = Path.Combine(Path.GetDirectoryName(p) ?? "", Path.GetFileNameWithoutExtension(p));
            return stems[stem] > 1 ? p + ".json" : stem + ".json";
        }, StringComparer.Ordinal);
    }
}
