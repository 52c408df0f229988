namespace GovReportParser.Batch;

/// <summary>A file-system error as a short reason without paths (the message names the file already).</summary>
public static class OutputErrors
{
    // errno values (.NET on Unix gives an IOException the errno as HResult); ENOSPC and EROFS are the same on Linux,
    // macOS and the BSDs.
    private const int NoSpace = 28, ReadOnlyFileSystem = 30;

    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: NoSpace } => "no space left on device",
        IOException { HResult: ReadOnlyFileSystem } => "read-only file system",
        PathTooLongException => "name too long",
        DirectoryNotFoundException => "folder not found",
        _ => e.Message,
    };
}
