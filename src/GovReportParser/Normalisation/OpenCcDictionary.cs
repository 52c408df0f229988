using System.Reflection;

namespace GovReportParser.Normalisation;

/// <summary>
/// One OpenCC text dictionary (<c>key TAB candidate1 candidate2 …</c>, as <c>opencc_dict -t text</c> exports it),
/// reduced to key → first candidate, which is the one OpenCC emits.
/// </summary>
internal static class OpenCcDictionary
{
    /// <summary>Loads an embedded dictionary by name ("TSPhrases", "TSCharacters"; also our own tables in the same format).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> LoadEmbedded(string name)
    {
        var resource = $"GovReportParser.Dictionaries.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded dictionary {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(TextReader reader)
    {
        var entries = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                continue;
            var candidates = line.AsSpan(tab + 1);
            var space = candidates.IndexOf(' ');
            var first = space < 0 ? candidates : candidates[..space];
            if (!first.IsEmpty)
                entries.Add(new(line[..tab], first.ToString()));
        }
        return entries;
    }
}
