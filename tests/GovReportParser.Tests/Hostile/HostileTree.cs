using System.Text;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// A test's root folder holding the input folder, the output folder and a bystander folder beside them, so that a test
/// can show that nothing outside the output folder was created or changed.
/// </summary>
public sealed class HostileTree : IDisposable
{
    private readonly TempDir _root = new();
    private Dictionary<string, byte[]>? _before;

    public string Root => _root.Path;
    public string Input => Path.Combine(Root, "in");
    public string Output => Path.Combine(Root, "out");
    public string Bystander => Path.Combine(Root, "victim");

    public HostileTree()
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Bystander);
        File.WriteAllText(Path.Combine(Bystander, "r.json"), "untouched");
    }

    public string WriteInput(string relative, byte[] bytes) => _root.Write(Path.Combine("in", relative), bytes);

    public string WriteSample(string relative, string sample = "000_") => WriteInput(relative, File.ReadAllBytes(RepoPaths.SampleTxt(sample)));

    /// <summary>Remembers every file outside the output folder (call before the run).</summary>
    public void Snapshot() => _before = Outside();

    /// <summary>Nothing outside the output folder was created, changed or removed since <see cref="Snapshot"/>.</summary>
    public void AssertNothingChangedOutsideOutput()
    {
        var after = Outside();
        Assert.That(after.Keys.Order(), Is.EqualTo(_before!.Keys.Order()), "files outside the output folder");
        foreach (var (path, bytes) in _before)
            Assert.That(after[path], Is.EqualTo(bytes), path);
    }

    /// <summary>No temporary file left anywhere in the output folder.</summary>
    public void AssertNoTemporaryFiles() =>
        Assert.That(Directory.Exists(Output) ? RegularFiles(Output).Where(p => p.EndsWith(".tmp", StringComparison.Ordinal)) : [], Is.Empty);

    private Dictionary<string, byte[]> Outside() =>
        RegularFiles(Root)
            .Where(p => !p.StartsWith(Output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(p => Path.GetRelativePath(Root, p), File.ReadAllBytes);

    /// <summary>Regular files below a folder, symbolic links not followed (the trees here hold link loops), unreadable folders passed over.</summary>
    public static IEnumerable<string> RegularFiles(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var dir))
        {
            string[] entries;
            try { entries = Directory.GetFileSystemEntries(dir); } catch (UnauthorizedAccessException) { continue; }
            foreach (var entry in entries)
            {
                if (new FileInfo(entry).LinkTarget is not null)
                    continue;
                if (Directory.Exists(entry))
                    pending.Push(entry);
                else if (GovReportParser.Batch.FileKinds.Of(entry) == GovReportParser.Batch.FileKind.Regular)
                    yield return entry;
            }
        }
    }

    /// <summary>Each line of a command's stderr that is not empty.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static IEnumerable<string> Folders(string directory)
    {
        yield return directory;
        foreach (var sub in Directory.GetDirectories(directory).Where(d => new DirectoryInfo(d).LinkTarget is null))
        {
            File.SetUnixFileMode(sub, (UnixFileMode)0b111_111_111); // open it before listing it
            foreach (var inner in Folders(sub))
                yield return inner;
        }
    }

    public void Dispose()
    {
        // Undo what tests do to folders (modes, mounts are undone by the tests), so the tree can be removed.
        if (!OperatingSystem.IsWindows())
            foreach (var dir in Folders(Root))
                File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        _root.Dispose();
    }
}
