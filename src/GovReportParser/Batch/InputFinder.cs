namespace GovReportParser.Batch;

/// <summary>
/// The entries below a folder that a batch reads (regular files with a reader), those it skips (other files, folders
/// already read through another path) and those it refuses with a reason (a FIFO or device with a reader's extension,
/// a folder it may not read), each list in a stable order.
/// </summary>
public sealed record InputSet(IReadOnlyList<string> Readable, IReadOnlyList<string> Skipped, IReadOnlyDictionary<string, string> Refused)
{
    /// <summary>Readable and refused entries together, sorted: the rows of a batch.</summary>
    public IReadOnlyList<string> Rows { get; } = Readable.Concat(Refused.Keys).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Hidden files and folders (a leading '.') that were not looked into, counted so a summary says so.</summary>
    public int Hidden { get; init; }

    /// <summary>Every entry: rows and skipped ones.</summary>
    public int Count => Rows.Count + Skipped.Count;

    /// <summary>Every entry, rows and skipped ones, in ordinal order.</summary>
    public IEnumerable<string> Entries => Rows.Concat(Skipped).Order(StringComparer.Ordinal);

    /// <summary>
    /// The SHA-256 (hex) of every entry's name, rows and skipped ones, sorted, each ending in a line feed: the same for
    /// every shard of one run, and for a folder and a list of its files.
    /// </summary>
    public string Sha256()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var entry in Entries)
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

public static class InputFinder
{
    public const string UnreadableFolder = "permission denied (folder not read)";

    /// <summary>A hidden entry: a file or folder name with a leading '.', anywhere in a '/'-separated relative path.</summary>
    public static bool IsHidden(string relative) => relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal);

    /// <summary>
    /// Relative paths ('/'-separated; a '\' is part of a Unix name, never a separator), sorted ordinally so that every run
    /// and every shard sees the same order. Hidden entries (a leading '.') are left out. Only regular files are read;
    /// symbolic links are followed, but a folder is entered once, by its real path, through the first path found
    /// breadth-first in sorted order: a link loop or a second link to a folder adds nothing.
    /// </summary>
    public static InputSet Find(string directory, Func<string, bool> canRead)
    {
        List<string> readable = [], skipped = [];
        var hidden = 0;
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var entered = new HashSet<string>(StringComparer.Ordinal) { FileKinds.RealPath(directory) };
        var pending = new Queue<string>([""]);
        while (pending.TryDequeue(out var folder))
        {
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(Path.Combine(directory, folder));
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                refused[folder + "/"] = UnreadableFolder;
                continue;
            }
            foreach (var name in entries.Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal))
            {
                if (IsHidden(name))
                {
                    hidden++;
                    continue;
                }
                var relative = folder.Length == 0 ? name : folder + "/" + name;
                var full = Path.Combine(directory, relative);
                switch (FileKinds.Of(full))
                {
                    case FileKind.Directory:
                        if (entered.Add(FileKinds.RealPath(full)))
                            pending.Enqueue(relative);
                        else
                            skipped.Add(relative + "/");
                        break;
                    case FileKind.Regular:
                        (canRead(relative) ? readable : skipped).Add(relative);
                        break;
                    case var kind when canRead(relative):
                        refused[relative] = $"not a regular file ({FileKinds.Describe(kind)})";
                        break;
                    default:
                        skipped.Add(relative);
                        break;
                }
            }
        }
        return new InputSet(readable.Order(StringComparer.Ordinal).ToArray(), skipped.Order(StringComparer.Ordinal).ToArray(), refused) { Hidden = hidden };
    }

    /// <summary>Why an entry of <see cref="InputSet.Skipped"/> is skipped, as its row says.</summary>
    public static string SkipReason(string relative) =>
        Path.GetExtension(relative) is { Length: > 0 } extension ? $"no reader for {extension.ToLowerInvariant()}"
        : "no reader for a file without an extension";
}
