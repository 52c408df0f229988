using System.Collections.Concurrent;

namespace GovReportParser.Writers;

/// <summary>Writes a file whole or not at all: into a temporary name beside the target, then renamed over it.</summary>
public static class AtomicFile
{
    // A batch writes thousands of files into a few folders: creating each folder once saves a system call a file.
    private static readonly ConcurrentDictionary<string, bool> CreatedDirectories = new(StringComparer.Ordinal);

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!CreatedDirectories.ContainsKey(directory) || !Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            CreatedDirectories.TryAdd(directory, true);
        }
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None))
                write(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));
}
