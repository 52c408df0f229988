using System.Runtime.InteropServices;

namespace GovReportParser.Batch;

/// <summary>What a directory entry is, after following symbolic links.</summary>
public enum FileKind { Regular, Directory, Missing, Fifo, Socket, CharacterDevice, BlockDevice }

/// <summary>
/// File types and real paths, which .NET does not expose: a FIFO must be known before it is opened (opening one blocks
/// until a writer comes), and a folder reached through symbolic links is known by its real path. On Unix through the
/// runtime's own native library (its stat, whose result starts with flags and the st_mode bits on every platform) and
/// libc's realpath; on Windows every file is regular.
/// </summary>
public static class FileKinds
{
    // st_mode's type bits (POSIX values, the same on every Unix).
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, Directory = 0x4000, BlockDevice = 0x6000,
        Regular = 0x8000, Socket = 0xC000;

    // The runtime's FileStatus is about 120 bytes; the room to spare guards against fields added in later versions.
    private const int StatusBytes = 512;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr RealPathNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        var status = new byte[StatusBytes];
        if (Stat(path, status) != 0)
            return FileKind.Missing;
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Directory => FileKind.Directory,
            Fifo => FileKind.Fifo,
            Socket => FileKind.Socket,
            CharacterDevice => FileKind.CharacterDevice,
            BlockDevice => FileKind.BlockDevice,
            _ => FileKind.Missing,
        };
    }

    /// <summary>How a kind that is not a file is named in a message.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a directory",
        FileKind.Missing => "a broken link or a vanished file",
        _ => "a regular file",
    };

    /// <summary>The path with every symbolic link resolved; the full path itself when it cannot be resolved.</summary>
    public static string RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
            return Path.GetFullPath(path);
        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return Path.GetFullPath(path);
        try
        {
            return Marshal.PtrToStringUTF8(resolved)!;
        }
        finally
        {
            Free(resolved);
        }
    }
}
