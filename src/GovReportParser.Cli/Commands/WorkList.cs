namespace GovReportParser.Cli.Commands;

/// <summary>
/// The lines of <c>batch --files-from LIST</c>: a file, or standard input for <c>-</c>. The file is opened before the
/// batch starts, so that a list that cannot be opened is one usage error, and its lines are then read one by one as
/// the batch takes them (a list of two million paths is not held twice).
/// </summary>
internal static class WorkList
{
    public static (IEnumerable<string>? Lines, string? Error) Read(string list, Func<Stream> stdin)
    {
        try
        {
            var reader = list == StandardInput.Argument ? new StreamReader(stdin(), System.Text.Encoding.UTF8) : new StreamReader(list, System.Text.Encoding.UTF8);
            return (Lines(reader), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, Pipeline.ReportParser.NoSuchFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the list cannot be read ({Batch.OutputErrors.Reason(e)})");
        }
    }

    private static IEnumerable<string> Lines(StreamReader reader)
    {
        using (reader)
        {
            while (reader.ReadLine() is { } line)
                yield return line;
        }
    }
}
