using System.Security.Cryptography;
using GovReportParser.Model;

namespace GovReportParser.Readers;

/// <summary>
/// Plain-text reports: detects the encoding, then yields one <see cref="BlockKind.Line"/> block per non-blank line with its
/// 1-based line number. Form feeds (as pdftotext writes them) advance the page number. Blank lines are not blocks; the gap
/// in line numbers keeps the paragraph boundary they marked.
/// </summary>
public sealed class TxtReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public Document Read(byte[] bytes, string path)
    {
        var decoded = EncodingDetector.Decode(bytes);
        var source = new SourceInfo(path, "txt", decoded.Encoding, Sha256Hex(bytes));
        return new Document(source, SplitLines(decoded.Text));
    }

    public static IReadOnlyList<Block> SplitLines(string text)
    {
        var blocks = new List<Block>();
        var page = 1;
        var hasPages = text.Contains('\f');
        var lineNo = 0;
        // Split on CR, LF and CRLF only: .NET's EnumerateLines would also split on form feeds, which mark pages here.
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            lineNo++;
            var line = raw;
            if (line.Contains('\f'))
            {
                page += line.Count(c => c == '\f');
                line = line.Replace("\f", "");
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            blocks.Add(Block.FromLine(line.TrimEnd(' ', '\u3000'), lineNo, hasPages ? page : null));
        }
        return blocks;
    }

    internal static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
