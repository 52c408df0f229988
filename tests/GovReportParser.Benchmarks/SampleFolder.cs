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

    /// <summary>Every file of a folder matching the pattern, in a stable order, read into memory (profiles time parsing, not disks).</summary>
    public static (string Path, byte[] Bytes)[] ReadAll(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(p))).ToArray();
}
