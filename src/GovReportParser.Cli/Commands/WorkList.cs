namespace GovReportParser.Cli.Commands;

/// <summary>
/// The lines of <c>batch --files-from LIST</c>: a file, or standard input for <c>-</c>, read whole before the batch
/// starts, so that a list that cannot be read is one usage error and never a half-run batch.
/// </summary>
internal static class WorkList
{
    public static (string[]? Lines, string? Error) Read(string list, Func<Stream> stdin)
    {
        try
        {
            if (list == StandardInput.Argument)
            {
                using var reader = new StreamReader(stdin(), System.Text.Encoding.UTF8);
                var lines = new List<string>();
                while (reader.ReadLine() is { } line)
                    lines.Add(line);
                return (lines.ToArray(), null);
            }
            return (File.ReadAllLines(list, System.Text.Encoding.UTF8), null);
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
}
