using System.Text;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Makes the ≥ 20 MB traditional text the T2S benchmark converts (not committed: it is the 1 MB OpenCC fixture,
/// tests/GovReportParser.Tests/TestData/Normalisation/t2s-input.txt, repeated). Written once to a fixed temp path so that
/// `opencc -c t2s.json` can be timed on exactly the same file.
/// </summary>
public static class T2STextGenerator
{
    public const long MinimumBytes = 20L * 1024 * 1024;

    public static string PathOfText { get; } = Path.Combine(Path.GetTempPath(), "govreport-bench", "t2s-20mb.txt");

    /// <summary>Creates the text if it is not there yet; returns its path.</summary>
    public static string Ensure()
    {
        if (File.Exists(PathOfText) && new FileInfo(PathOfText).Length >= MinimumBytes)
            return PathOfText;
        var seed = File.ReadAllBytes(Path.Combine(FindRoot(), "tests", "GovReportParser.Tests", "TestData", "Normalisation", "t2s-input.txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(PathOfText)!);
        var temporary = PathOfText + ".tmp";
        using (var output = File.Create(temporary))
            for (long written = 0; written < MinimumBytes; written += seed.Length)
                output.Write(seed);
        File.Move(temporary, PathOfText, overwrite: true);
        return PathOfText;
    }

    public static string ReadText() => File.ReadAllText(Ensure(), Encoding.UTF8);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReportParser.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GovReportParser.sln not found above " + AppContext.BaseDirectory);
    }
}
