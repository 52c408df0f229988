using System.Security.Cryptography;
using System.Text;

namespace GovReportParser.Model;

/// <summary>
/// The text a report says, after normalisation and without page furniture: one block a line, as <c>govreport
/// normalize</c> prints it. Its hash is the same for the txt, HTML and PDF copies of a report that read alike.
/// </summary>
public static class NormalisedText
{
    public static string Sha256(Document document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> newline = [(byte)'\n'];
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Furniture)
                continue;
            hash.AppendData(Encoding.UTF8.GetBytes(block.Text));
            hash.AppendData(newline);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
