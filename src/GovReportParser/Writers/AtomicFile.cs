using System.Collections.Concurrent;

namespace GovReportParser.Writers;

/// <summary>Writes a file whole or not at all: into a temporary name beside the target, then renamed over it.</summary>
public static class AtomicFile
{
    // A batch writes thousands of files into a few folders: creating each folder once saves a system call a file.
    private static readonly ConcurrentDictionary<string, bool> CreatedDirectories = new(StringComparer.Ordinal);

    public static void Write(string path, Action<Stream> write)
    {
        var (full, temp) = Prepare(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
                write(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// The batch's hot path: open, one write, close, rename. The temporary name is unique, so no lock is taken
    /// (FileShare.None would cost a flock call a file).
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var (full, temp) = Prepare(path);
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
                RandomAccess.Write(handle, bytes, 0);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static (string Full, string Temp) Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!CreatedDirectories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            CreatedDirectories.TryAdd(directory, true);
        }
        return (full, TemporaryPath(full));
    }

    /// <summary>A hidden name beside the target, unique to this process and call, for a file to be renamed into place.</summary>
    public static string TemporaryPath(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
}
