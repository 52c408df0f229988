using GovReportParser.Model;

namespace GovReportParser.Readers;

/// <summary>Turns the bytes of one file into a <see cref="Document"/>; throws <see cref="InvalidInputException"/> with the reason when it cannot.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader takes, lower case with the dot (".txt").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    Document Read(byte[] bytes, string path);
}
