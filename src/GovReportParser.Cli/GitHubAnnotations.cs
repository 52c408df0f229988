namespace GovReportParser.Cli;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), escaped by the runner's rules: in the message
/// % CR LF become %25 %0D %0A; in a property value : and , also become %3A and %2C. Nothing in a file name or a message
/// can then end the command early or start another.
/// </summary>
public static class GitHubAnnotations
{
    public static string Format(string level, string file, int? line, string message) =>
        $"::{level} file={Property(file)}{(line is { } l ? $",line={l}" : "")}::{Data(message)}";

    public static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
