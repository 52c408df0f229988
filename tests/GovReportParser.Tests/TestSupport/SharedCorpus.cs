using NUnit.Framework;

namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// The one door to ../shared (corpus and gold): files there are never copied into the repo, and a clone without
/// ../shared beside it marks the tests that need them as ignored rather than failed.
/// </summary>
public static class SharedCorpus
{
    public static string? Root { get; } = Find();

    /// <summary>Path of a file below ../shared (e.g. "corpus/raw/007.txt"); marks the calling test ignored when ../shared is absent.</summary>
    public static string File(string relative)
    {
        if (Root is null)
            Assert.Ignore("../shared is not beside this checkout");
        var path = Path.Combine(Root!, relative);
        if (!System.IO.File.Exists(path))
            Assert.Ignore($"../shared/{relative} is absent");
        return path;
    }

    private static string? Find()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
    }
}
