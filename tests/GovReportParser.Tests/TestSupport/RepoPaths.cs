namespace GovReportParser.Tests.TestSupport;

/// <summary>Locates the repository's own folders (samples/, tests data) from the test binary, wherever it runs.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>The five sample ids (000_… to 004_…), sorted.</summary>
    public static IReadOnlyList<string> SampleIds { get; } = Directory.Exists(Path.Combine(Root, "samples"))
        ? Directory.GetFiles(Path.Combine(Root, "samples"), "*.txt").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal).ToArray()
        : [];

    public static string SampleTxt(string idPrefix) => Directory.GetFiles(Samples, idPrefix + "*.txt").Single();

    public static string TestData(string relative) => Path.Combine(Root, "tests", "GovReportParser.Tests", "TestData", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReportParser.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GovReportParser.sln not found above " + AppContext.BaseDirectory);
    }
}
