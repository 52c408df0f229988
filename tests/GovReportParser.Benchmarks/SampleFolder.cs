namespace GovReportParser.Benchmarks;

/// <summary>The repository's samples/ folder, found from wherever the benchmark runs.</summary>
internal static class SampleFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReportParser.sln")))
                return Path.Combine(dir.FullName, "samples");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReportParser.sln")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
