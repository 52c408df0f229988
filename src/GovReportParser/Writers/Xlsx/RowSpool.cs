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

    public RowSpool(string path)
    {
        _path = path;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_stream, System.Text.Encoding.UTF8, leaveOpen: true);
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
                    var tag => throw new InvalidDataException($"spool {_path}: unknown cell tag {tag}"),
                };
            }
            yield return row;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose(); // DeleteOnClose removes the file
    }
}
