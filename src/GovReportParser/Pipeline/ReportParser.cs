using GovReportParser.Checks;
using GovReportParser.Extraction;
using GovReportParser.Model;
using GovReportParser.Normalisation;
using GovReportParser.Readers;
using GovReportParser.Structure;

namespace GovReportParser.Pipeline;

/// <summary>
/// The facade over the pipeline: Readers → Normalisation → Structure → Extraction → Checks → <see cref="Report"/>.
/// Thread-safe: stages hold no per-parse state, so one instance serves a whole parallel batch.
/// </summary>
public sealed class ReportParser
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IReadOnlyList<INormaliser> _normalisers;
    private readonly IStructureBuilder _structure;
    private readonly IReadOnlyList<IExtractor> _extractors;
    private readonly IReadOnlyList<IReportCheck> _checks;
    private readonly ReportParserOptions _options;

    internal ReportParser(IReadOnlyList<IDocumentReader> readers, IReadOnlyList<INormaliser> normalisers, IStructureBuilder structure,
        IReadOnlyList<IExtractor> extractors, IReadOnlyList<IReportCheck> checks, ReportParserOptions options)
    {
        _readers = readers;
        _normalisers = normalisers;
        _structure = structure;
        _extractors = extractors;
        _checks = checks;
        _options = options;
    }

    /// <summary>Why a path cannot be read at all, as a failed row says (a batch's work list refuses such entries alike).</summary>
    public const string NoSuchFile = "no such file", IsADirectory = "is a directory, not a file";

    /// <summary>The standard pipeline.</summary>
    public static ReportParser Default { get; } = new ReportParserBuilder().UseDefaults().Build();

    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions).Distinct();

    public bool CanRead(string path) => ReaderFor(path) is not null;

    /// <summary>Parses one file. Throws <see cref="InvalidInputException"/> (message = reason) when the file is not a readable report.</summary>
    public Report Parse(string path) => Parse(ReadBytes(path), path);

    public Report Parse(byte[] bytes, string path)
    {
        var diagnostics = new Diagnostics();
        var document = Normalise(Read(bytes, path, diagnostics), diagnostics);
        var structured = _structure.Build(document, diagnostics);
        var result = new ExtractionResult();
        foreach (var extractor in _extractors)
            extractor.Extract(structured, result, diagnostics);
        foreach (var check in _checks)
            result.Checks.AddRange(check.Check(structured, result));
        return ReportAssembler.Assemble(structured, result, diagnostics);
    }

    /// <summary>Reads and normalises without structure or extraction: what the parser "sees" (the normalize command).</summary>
    public Document ReadNormalised(string path, Diagnostics diagnostics) => Normalise(Read(ReadBytes(path), path, diagnostics), diagnostics);

    private Document Read(byte[] bytes, string path, Diagnostics diagnostics)
    {
        var reader = ReaderFor(path) ?? throw new InvalidInputException($"no reader for '{Path.GetExtension(path)}' files");
        var document = reader.Read(bytes, path);
        var characters = document.Blocks.Sum(b => (long)b.Text.Length);
        if (characters > _options.MaxTextCharacters)
            throw new InvalidInputException($"text of {characters:N0} characters is over the limit of {_options.MaxTextCharacters:N0}");
        foreach (var warning in document.ReaderWarnings)
            diagnostics.Warn(warning.Code, warning.Message, warning.Line);
        return document;
    }

    private Document Normalise(Document document, Diagnostics diagnostics)
    {
        foreach (var step in _normalisers)
            document = step.Normalise(document, diagnostics);
        return document;
    }

    private IDocumentReader? ReaderFor(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(ext));
    }

    private byte[] ReadBytes(string path)
    {
        try
        {
            // One open, one size query, one read: a batch reads thousands of small files.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > _options.MaxFileBytes)
                throw new InvalidInputException($"file is {length:N0} bytes, over the limit of {_options.MaxFileBytes:N0}");
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
                read += n;
            return read == bytes.Length ? bytes : bytes[..read]; // the file shrank while being read
        }
        catch (FileNotFoundException)
        {
            throw new InvalidInputException(NoSuchFile);
        }
        catch (DirectoryNotFoundException)
        {
            throw new InvalidInputException(NoSuchFile);
        }
        catch (UnauthorizedAccessException)
        {
            // Opening a directory is refused like a file one may not read.
            throw new InvalidInputException(Directory.Exists(path) ? IsADirectory : "permission denied");
        }
        catch (IOException e)
        {
            throw new InvalidInputException($"cannot be read ({e.Message})");
        }
    }
}
