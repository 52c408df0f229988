using UglyToad.PdfPig.Logging;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Counts the glyphs PdfPig could not map to Unicode. It logs each one ("We could not find the corresponding character with
/// code …") and then emits the raw code as a character, which is garbage rather than U+FFFD, so the count is the only trace.
/// </summary>
internal sealed class UnmappedGlyphLog : ILog
{
    private const string UnmappedMessage = "We could not find the corresponding character";

    public int Count { get; private set; }

    /// <summary>Glyphs without a mapping that the lean text layer found (it logs nothing, it counts).</summary>
    public void Add(int count) => Count += count;

    public void Warn(string message)
    {
        if (message.StartsWith(UnmappedMessage, StringComparison.Ordinal))
            Count++;
    }

    public void Debug(string message) { }

    public void Debug(string message, Exception ex) { }

    public void Error(string message) { }

    public void Error(string message, Exception ex) { }
}
