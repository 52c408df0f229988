namespace GovReportParser.Batch;

/// <summary>
/// The inputs of a work list (<c>batch --files-from LIST</c>): one path per line, as a scheduler hands each worker its
/// share. A line is absolute or relative to the root folder; every input is named by its path relative to the root
/// ('/'-separated), so outputs mirror the list as they mirror a folder. The names are sorted and deduplicated as
/// <see cref="InputFinder"/> sorts a folder, so a list of a folder's files gives the same rows as the folder.
/// </summary>
public static class InputList
{
    public const string OutsideRoot = "not below the root folder (--root)";
    public const string NotAPath = "not a valid path";

    /// <summary>
    /// Reads the lines of a list: blank lines and a trailing CR are ignored; an entry that is missing, a folder or not a
    /// regular file is refused with its reason (it becomes a failed row, never an exception); a regular file without a
    /// reader is skipped, as in a folder. Hidden entries (a part starting with '.') are counted, not read, as in a folder.
    /// </summary>
    public static InputSet Find(IEnumerable<string> lines, string root, Func<string, bool> canRead)
    {
        var rootFull = Path.GetFullPath(root.Length == 0 ? "." : root);
        var readable = new SortedSet<string>(StringComparer.Ordinal);
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (Relative(line, rootFull) is not { } relative)
            {
                refused.TryAdd(line, line.Contains('\0') ? NotAPath : OutsideRoot);
                continue;
            }
            if (relative.Length == 0)
            {
                refused.TryAdd(line, Pipeline.ReportParser.IsADirectory); // the root folder itself
                continue;
            }
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                hidden.Add(relative);
                continue;
            }
            if (readable.Contains(relative) || skipped.Contains(relative) || refused.ContainsKey(relative))
                continue; // listed twice
            switch (FileKinds.Of(Path.Combine(rootFull, relative)))
            {
                case FileKind.Regular:
                    (canRead(relative) ? readable : skipped).Add(relative);
                    break;
                case FileKind.Missing:
                    refused[relative] = Pipeline.ReportParser.NoSuchFile;
                    break;
                case FileKind.Directory:
                    refused[relative] = Pipeline.ReportParser.IsADirectory;
                    break;
                case var kind:
                    refused[relative] = $"not a regular file ({FileKinds.Describe(kind)})";
                    break;
            }
        }
        return new InputSet(readable.ToArray(), skipped.ToArray(), refused) { Hidden = hidden.Count };
    }

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
