namespace GovReportParser.Batch;

/// <summary>
/// The inputs of a work list (<c>batch --files-from LIST</c>): one path per line, as a scheduler hands each worker its
/// share. A line is absolute or relative to the root folder; every input is named by its path relative to the root
/// ('/'-separated), so outputs mirror the list as they mirror a folder. The names are sorted and deduplicated as
/// <see cref="InputFinder"/> sorts a folder, so a list of a folder's files gives the same rows as the folder.
/// </summary>
/// <remarks>
/// Reading the list touches no file: every shard reads the whole list (its order decides the slices, and the JSON
/// names of the folders a shard reads are decided over all their entries), and
/// a stat of every line by every shard would be the walk of the shared file system again, N times over. Whether an
/// input is a regular file is asked by the shard that reads it (<see cref="Unreadable"/>), once.
/// </remarks>
public static class InputList
{
    public const string OutsideRoot = "not below the root folder (--root)";
    public const string NotAPath = "not a valid path";

    /// <summary>
    /// Reads the lines of a list: blank lines and a trailing CR are ignored; a line that is no path below the root is
    /// refused with its reason (a failed row, never an exception); a name without a reader is skipped, as in a folder;
    /// hidden entries (a part starting with '.') are counted, not read, as in a folder.
    /// </summary>
    public static InputSet Find(IEnumerable<string> lines, string root, Func<string, bool> canRead)
    {
        var rootFull = RootOf(root);
        var names = new List<string>();
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (Relative(line, rootFull) is not { } relative)
                refused.TryAdd(line, line.Contains('\0') ? NotAPath : OutsideRoot);
            else if (relative.Length == 0)
                refused.TryAdd(line, Pipeline.ReportParser.IsADirectory); // the root folder itself
            else if (InputFinder.IsHidden(relative))
                hidden.Add(relative);
            else
                names.Add(relative);
        }
        names.Sort(StringComparer.Ordinal);
        List<string> readable = [], skipped = [];
        for (var i = 0; i < names.Count; i++)
            if (i == 0 || names[i] != names[i - 1]) // listed twice
                (canRead(names[i]) ? readable : skipped).Add(names[i]);
        return new InputSet(readable, skipped, refused) { Hidden = hidden.Count };
    }

    /// <summary>Why a listed input cannot be parsed, asked just before it is (a stat); null when it is a regular file.</summary>
    public static string? Unreadable(string path) => FileKinds.Of(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => Pipeline.ReportParser.NoSuchFile,
        FileKind.Directory => Pipeline.ReportParser.IsADirectory,
        var kind => $"not a regular file ({FileKinds.Describe(kind)})",
    };

    private static string RootOf(string root) => Path.GetFullPath(root.Length == 0 ? "." : root);

    /// <summary>The line's path relative to the root, '/'-separated ("" for the root itself); null when it is not a path below the root.</summary>
    private static string? Relative(string line, string rootFull)
    {
        string full;
        try
        {
            full = Path.GetFullPath(line, rootFull);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        var relative = Path.GetRelativePath(rootFull, full);
        if (relative == ".")
            return "";
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return null;
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
