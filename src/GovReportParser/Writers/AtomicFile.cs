using System.Text;

namespace GovReportParser.Writers;

/// <summary>Writes a file whole or not at all: into a temporary name beside the target, then renamed over it.</summary>
public static class AtomicFile
{
    /// <summary>The longest file name (in UTF-8 bytes) that Linux, macOS and Windows file systems take (NAME_MAX).</summary>
    public const int MaxNameBytes = 255;

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = TemporaryPath(full);
        try
        {
            using (var stream = Create(temp, () => new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite)))
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
        var full = Path.GetFullPath(path);
        var temp = TemporaryPath(full);
        try
        {
            using (var handle = Create(temp, () => File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite)))
                RandomAccess.Write(handle, bytes, 0);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Opens the temporary file, creating its folder only when it is missing: a batch writes thousands of files into a
    /// few folders, and asking first would cost a system call a file. (No cache of folders made: a folder removed
    /// between two batches in one process is made again.)
    /// </summary>
    private static T Create<T>(string temp, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (IOException e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // A file created new is missing only with its folder. (.NET calls it FileNotFound when the folder exists by the
            // time the error is built: another process made it meanwhile.)
            Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
            return open();
        }
    }

    /// <summary>
    /// A hidden name beside the target, unique to this process and call, for a file to be renamed into place. The
    /// target's name is shortened in it when needed, so that the temporary name stays within NAME_MAX whenever the
    /// target's does.
    /// </summary>
    public static string TemporaryPath(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, TemporaryName(Path.GetFileName(fullPath), Environment.ProcessId) + $"{Guid.NewGuid():N}.tmp");

    /// <summary>The file-name pattern of every temporary file process <paramref name="processId"/> makes for <paramref name="fullPath"/>.</summary>
    public static string TemporaryPattern(string fullPath, int processId) => TemporaryName(Path.GetFileName(fullPath), processId) + "*.tmp";

    // ".{name}.{pid}." then 32 hex digits and ".tmp".
    private static string TemporaryName(string name, int processId)
    {
        var suffix = $".{processId}.";
        var room = MaxNameBytes - 1 - Encoding.UTF8.GetByteCount(suffix) - 32 - ".tmp".Length;
        return "." + Utf8Prefix(name, room) + suffix;
    }

    /// <summary>The longest prefix of <paramref name="text"/> whose UTF-8 takes at most <paramref name="maxBytes"/>, whole characters only.</summary>
    public static string Utf8Prefix(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text;
        var bytes = 0;
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
                break;
            bytes += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }
        return text[..length];
    }
}
