namespace GovReportParser.Batch;

/// <summary>The files below a folder that a batch reads (those with a reader) and those it skips, in a stable order.</summary>
public sealed record InputSet(IReadOnlyList<string> Readable, IReadOnlyList<string> Skipped);

public static class InputFinder
{
    /// <summary>Relative paths ('/'-separated), sorted ordinally so that every run and every shard sees the same order.</summary>
    public static InputSet Find(string directory, Func<string, bool> canRead)
    {
        var all = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new InputSet(all.Where(canRead).ToArray(), all.Where(p => !canRead(p)).ToArray());
    }
}
