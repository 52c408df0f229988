namespace GovReportParser.Batch;

/// <summary>The files below a folder that a batch reads (those with a reader) and those it skips, in a stable order.</summary>
public sealed record InputSet(IReadOnlyList<string> Readable, IReadOnlyList<string> Skipped)
{
    /// <summary>Hidden files and folders (a leading dot, or the hidden attribute) that were not looked into.</summary>
    public int Hidden { get; init; }
}

public static class InputFinder
{
    /// <summary>Relative paths ('/'-separated), sorted ordinally so that every run and every shard sees the same order.</summary>
    public static InputSet Find(string directory, Func<string, bool> canRead)
    {
        var all = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new InputSet(all.Where(canRead).ToArray(), all.Where(p => !canRead(p)).ToArray()) { Hidden = CountHidden(directory) };
    }

    /// <summary>Why a file without a reader is skipped, as its row says.</summary>
    public static string SkipReason(string relative) =>
        Path.GetExtension(relative) is { Length: > 0 } extension
            ? $"no reader for {extension.ToLowerInvariant()}"
            : "no reader for a file without an extension";

    /// <summary>Hidden entries the listing passes over: counted, so that a summary says what was left unread.</summary>
    private static int CountHidden(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            .Count(p => (File.GetAttributes(p) & FileAttributes.Hidden) != 0 && !InsideHidden(directory, p));

    private static bool InsideHidden(string root, string path)
    {
        for (var parent = Path.GetDirectoryName(path); parent is not null && parent.Length > root.TrimEnd('/').Length; parent = Path.GetDirectoryName(parent))
            if (Path.GetFileName(parent).StartsWith('.'))
                return true;
        return false;
    }
}
