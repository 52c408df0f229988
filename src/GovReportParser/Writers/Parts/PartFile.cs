namespace GovReportParser.Writers.Parts;

/// <summary>A table file of a part, opened for a merge; one that is missing makes the part unusable, said as such.</summary>
internal static class PartFile
{
    public static string PathOf(string partDirectory, string name)
    {
        var path = Path.Combine(partDirectory, name);
        return File.Exists(path) ? path : throw new InvalidDataException($"{Path.GetFileName(partDirectory)}/{name} is missing (the part is incomplete)");
    }

    public static FileStream Open(string partDirectory, string name) =>
        new(PathOf(partDirectory, name), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
}
