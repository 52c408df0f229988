using GovReportParser.Catalogue;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Catalogue;

/// <summary>The catalogue against the project's key list (../shared/spec/metrics.tsv), the origin of the keys: none
/// missing or renamed, each in the same templates, and none invented.</summary>
public class SharedSpecKeysTests
{
    private static Dictionary<string, string> SpecKeys()
    {
        var keys = new Dictionary<string, HashSet<string>>();
        foreach (var line in File.ReadLines(SharedCorpus.File("spec/metrics.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            (keys.TryGetValue(cells[1], out var t) ? t : keys[cells[1]] = []).Add(cells[0]);
        }
        return keys.ToDictionary(k => k.Key, k => string.Join(",", k.Value.Order(StringComparer.Ordinal)));
    }

    private static Dictionary<string, string> CatalogueKeys() => MetricCatalogue.All.ToDictionary(m => m.Key, m => m.TemplateNames);

    [Test]
    public void EverySpecKeyIsInTheCatalogueWithItsTemplates()
    {
        var catalogue = CatalogueKeys();
        var missing = SpecKeys().Where(k => !catalogue.TryGetValue(k.Key, out var t) || t != k.Value)
            .Select(k => $"{k.Key} ({k.Value}; catalogue: {catalogue.GetValueOrDefault(k.Key) ?? "absent"})").ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void TheCatalogueHasNoKeyTheSpecLacks() =>
        Assert.That(CatalogueKeys().Keys.Except(SpecKeys().Keys), Is.Empty);
}
