namespace GovReportParser.Writers;

/// <summary>
/// Typed rows kept in a temporary file until they can be written: an xlsx is written one sheet after another, while a
/// batch yields the rows of every sheet at once. Cells are null, string, int, decimal or bool.
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private const byte Null = 0, Text = 1, Integer = 2, Number = 3, Boolean = 4;

    private readonly string _path;
    private readonly FileStream _stream;
    private readonly BinaryWriter _writer;

    private readonly bool _keepable;
    private bool _kept;

    /// <param name="keepable">The rows may be kept as a file (<see cref="Keep"/>, a shard's part) rather than always
    /// removed when the spool is closed.</param>
    public RowSpool(string path, bool keepable = false)
    {
        _path = path;
        _keepable = keepable;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024,
            keepable ? FileOptions.None : FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_stream, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Closes the spool and moves its rows to <paramref name="path"/>, to be read back by <see cref="ReadFile"/>.</summary>
    public void Keep(string path)
    {
        if (!_keepable)
            throw new InvalidOperationException("this spool is removed when closed");
        _writer.Dispose();
        _stream.Dispose();
        File.Move(_path, path, overwrite: true);
        _kept = true;
    }

    /// <summary>The rows of a kept spool file, from the first to the end of the file.</summary>
    public static IEnumerable<object?[]> ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        while (stream.Position < stream.Length)
            yield return ReadRow(reader, path);
    }

    public long Count { get; private set; }

    public void Write(IReadOnlyList<object?> row)
    {
        _writer.Write7BitEncodedInt(row.Count);
        foreach (var cell in row)
        {
            switch (cell)
            {
                case null: _writer.Write(Null); break;
                case string s: _writer.Write(Text); _writer.Write(s); break;
                case int n: _writer.Write(Integer); _writer.Write(n); break;
                case decimal d: _writer.Write(Number); _writer.Write(d); break;
                case bool b: _writer.Write(Boolean); _writer.Write(b); break;
                default: throw new ArgumentException($"a {cell.GetType().Name} is no cell", nameof(row));
            }
        }
        Count++;
    }

    /// <summary>The rows written so far, from the first; the spool is not written to afterwards.</summary>
    public IEnumerable<object?[]> ReadAll()
    {
        _writer.Flush();
        _stream.Position = 0;
        using var reader = new BinaryReader(_stream, System.Text.Encoding.UTF8, leaveOpen: true);
        for (long r = 0; r < Count; r++)
            yield return ReadRow(reader, _path);
    }

    private static object?[] ReadRow(BinaryReader reader, string path)
    {
        var row = new object?[reader.Read7BitEncodedInt()];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.ReadByte() switch
            {
                Null => null,
                Text => reader.ReadString(),
                Integer => reader.ReadInt32(),
                Number => reader.ReadDecimal(),
                Boolean => reader.ReadBoolean(),
                var tag => throw new InvalidDataException($"spool {path}: unknown cell tag {tag}"),
            };
        }
        return row;
    }

    public void Dispose()
    {
        if (_kept)
            return;
        _writer.Dispose();
        _stream.Dispose(); // DeleteOnClose removes the file
        if (_keepable && File.Exists(_path))
            File.Delete(_path);
    }
}
