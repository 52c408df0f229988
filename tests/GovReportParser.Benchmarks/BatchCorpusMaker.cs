using System.Text;
using System.Text.RegularExpressions;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Makes a folder of varied txt reports for the end-to-end batch measurement: the samples (and, where ../shared is
/// beside the checkout, the corpus txt files) with their years, numbers and agency names changed per copy, so that no
/// two files are identical. <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- make-corpus DIR 10000</c>.
/// </summary>
internal static partial class BatchCorpusMaker
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    private static readonly string[] Places = ["舞钢市", "孝感市", "华龙区", "余姚市", "宣城市", "平潭县", "洪泽区", "淮安市", "仙居县", "东阳市"];

    public static int Run(string directory, int count, int seed = 2026)
    {
        var samples = SampleFolder.Find();
        var sources = Directory.GetFiles(samples, "*.txt").ToList();
        var corpus = Path.Combine(samples, "..", "..", "shared", "corpus", "raw");
        if (Directory.Exists(corpus))
            sources.AddRange(Directory.GetFiles(corpus, "*.txt"));
        var texts = sources.Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(seed);
        Directory.CreateDirectory(directory);
        for (var i = 0; i < count; i++)
        {
            var text = texts[i % texts.Length];
            var place = Places[random.Next(Places.Length)];
            text = Numbers().Replace(text, m => m.Value.Length == 4 && m.Value.StartsWith("20", StringComparison.Ordinal)
                ? m.Value // keep years: they carry the structure
                : random.Next(3) == 0 ? random.Next(0, 1000).ToString() : m.Value);
            text = text.Replace("舞钢市", place).Replace("孝感市", place).Replace("平潭", place[..2]);
            var folder = Path.Combine(directory, $"{i / 1000:D2}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"r{i:D6}.txt"), text, new UTF8Encoding(false));
        }
        Console.WriteLine($"{count} reports from {texts.Length} sources in {directory}");
        return 0;
    }
}
