using System.Security.Cryptography;
using System.Text;
using GovReportParser.Writers;

namespace GovReportParser.Batch;

/// <summary>
/// Where a batch writes each input's JSON: the input's relative path with .json for its extension (a/x.txt → a/x.json),
/// except where that name is taken (x.txt and x.pdf share a folder; x.txt.html would also map to x.txt.json; a folder
/// x.json exists): then the input keeps its extension (x.txt.json). Named over all the inputs at once, so the mapping
/// is the same whatever --jobs or --shard says, and no two inputs ever share an output. A name too long for the file
/// system is shortened with a hash of the whole.
/// </summary>
public static class OutputNaming
{
    private const string Extension = ".json";

    public static IReadOnlyDictionary<string, string> JsonPaths(IReadOnlyList<string> relativeInputs) =>
        Name(relativeInputs, new HashSet<string>(relativeInputs.SelectMany(Folders), StringComparer.Ordinal));

    /// <summary>
    /// The names of <paramref name="wanted"/> (a shard's inputs) exactly as <see cref="JsonPaths(IReadOnlyList{string})"/>
    /// names them over all <paramref name="relativeInputs"/>. A name depends only on the inputs and folders beside it (same
    /// stem, same name, a folder of that name: all in one parent folder), so only the folders the shard reads are named:
    /// a shard of a two-million-line list holds its own folders' names, not the whole list's.
    /// </summary>
    public static IReadOnlyDictionary<string, string> JsonPaths(IReadOnlyList<string> relativeInputs, IEnumerable<string> wanted)
    {
        var parents = new HashSet<string>(wanted.Select(p => Parent(p).ToString()), StringComparer.Ordinal);
        var beside = parents.GetAlternateLookup<ReadOnlySpan<char>>();
        var inputs = relativeInputs.Where(p => beside.Contains(Parent(p))).ToList();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in relativeInputs)
            for (var slash = input.IndexOf('/'); slash > 0; slash = input.IndexOf('/', slash + 1))
                if (beside.Contains(Parent(input.AsSpan(0, slash))))
                    folders.Add(input[..slash]);
        return Name(inputs, folders);
    }

    /// <summary>Each input's output name: the stem, unless another input or a folder beside it takes that name.</summary>
    private static Dictionary<string, string> Name(IReadOnlyList<string> relativeInputs, HashSet<string> folders)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal); // inputs that keep their extension
        var stems = relativeInputs.GroupBy(Stem, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g);
        kept.UnionWith(stems);
        while (true)
        {
            var names = relativeInputs.ToDictionary(p => p, p => Fit(kept.Contains(p) ? p : Stem(p)) + Extension, StringComparer.Ordinal);
            var clashing = names.GroupBy(n => n.Value, StringComparer.Ordinal)
                .Where(g => g.Count() > 1 || folders.Contains(g.Key))
                .SelectMany(g => g.Select(n => n.Key))
                .Where(p => !kept.Contains(p))
                .ToArray();
            if (clashing.Length == 0)
                return names;
            kept.UnionWith(clashing);
        }
    }

    /// <summary>The folder a relative path stands in ("" for the top).</summary>
    private static ReadOnlySpan<char> Parent(ReadOnlySpan<char> relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? [] : relative[..slash];
    }

    /// <summary>True when <paramref name="relative"/> names a file inside <paramref name="outputDirectory"/> (never above it).</summary>
    public static bool StaysInside(string outputDirectory, string relative)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(Path.Combine(root, relative)).StartsWith(root, StringComparison.Ordinal);
    }

    private static string Stem(string relative)
    {
        var slash = relative.LastIndexOf('/');
        var name = relative[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? relative[..(slash + 1 + dot)] : relative;
    }

    private static IEnumerable<string> Folders(string relative)
    {
        for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
            yield return relative[..slash];
    }

    /// <summary>The path with its file name shortened, when needed, so that name + .json fits NAME_MAX.</summary>
    private static string Fit(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var room = AtomicFile.MaxNameBytes - Extension.Length;
        if (Encoding.UTF8.GetByteCount(name) <= room)
            return path;
        var hash = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
        return path[..(slash + 1)] + AtomicFile.Utf8Prefix(name, room - hash.Length) + hash;
    }
}
