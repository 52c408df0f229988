using GovReportParser.Model;

namespace GovReportParser.Readers.Docx;

/// <summary>
/// The most XML a .docx part may inflate to. A real report's <c>word/document.xml</c> is a few megabytes; a compressed
/// bomb (3.6 MB that inflates to 1 GiB) is refused before it is inflated, by the entry's declared size, and, since a
/// zip header can lie, by counting the bytes as they are inflated.
/// </summary>
internal static class InflateLimit
{
    public const long MaxPartBytes = 64L * 1024 * 1024;

    public static InvalidInputException Exceeded(string part) =>
        new($"{part} inflates to over {MaxPartBytes:N0} bytes, the limit for a Word part (a compressed bomb?)");

    /// <summary>The entry's inflated bytes, refused once they pass the limit, whatever its header declared.</summary>
    public static Stream Open(System.IO.Compression.ZipArchiveEntry entry)
    {
        if (entry.Length > MaxPartBytes)
            throw Exceeded(entry.FullName);
        return Counted(entry.Open(), entry.FullName);
    }

    /// <summary>The stream's bytes, refused once they pass the limit.</summary>
    public static Stream Counted(Stream inflated, string part) => new CountingStream(inflated, part);

    private sealed class CountingStream(Stream inner, string part) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int n)
        {
            _read += n;
            if (_read > MaxPartBytes)
                throw Exceeded(part);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
