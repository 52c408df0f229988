namespace GovReportParser.Model;

/// <summary>What a reader knows of the file it read.</summary>
public sealed record SourceInfo(string Path, string Format, string? Encoding, string Sha256)
{
    /// <summary>SHA-256 of the normalised text (<see cref="NormalisedText"/>), set when the report is assembled.</summary>
    public string? TextSha256 { get; init; }
}

/// <summary>A report as an ordered list of blocks; every reader produces one, every later stage consumes one.</summary>
public sealed record Document(SourceInfo Source, IReadOnlyList<Block> Blocks)
{
    /// <summary>"simplified" or "traditional": the script of the source, set by normalisation.</summary>
    public string Script { get; init; } = "simplified";

    /// <summary>Title hint given by the container (an HTML &lt;title&gt;, PDF metadata); null for plain text.</summary>
    public string? TitleHint { get; init; }

    /// <summary>Key/value metadata the reader found outside the body (HTML meta tags, a PDF's info dictionary).</summary>
    public IReadOnlyDictionary<string, string> ContainerMetadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Findings of the reader that did not stop the read (unmapped glyphs, pages without text); the pipeline copies them into the diagnostics.</summary>
    public IReadOnlyList<Warning> ReaderWarnings { get; init; } = [];
}
