namespace GovReportParser.Model;

/// <summary>What a block is, as far as the stage that last touched it knows.</summary>
public enum BlockKind
{
    /// <summary>A line as a reader saw it; later stages refine it.</summary>
    Line,
    Heading,
    Paragraph,
    Table,
    /// <summary>Site metadata (索引号, 发布机构 …), never report content.</summary>
    Metadata,
    /// <summary>Page numbers, running headers, navigation: kept for provenance, ignored by extraction.</summary>
    Furniture,
}

/// <summary>Where a block came from: 1-based source line (or the first of several) and the page where the reader knows it.</summary>
public sealed record Provenance(int Line, int? Page = null, int? EndLine = null)
{
    public override string ToString() => Page is { } p ? $"page {p}, line {Line}" : $"line {Line}";
}

/// <summary>
/// One element of a document. <see cref="Original"/> is the text exactly as read, <see cref="Text"/> the text after
/// normalisation; both are kept so that every figure and metric can be traced back to what the source said.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, string Original, Provenance Source)
{
    /// <summary>The grid of a table block as read (rows of cells); null for other kinds.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    public static Block FromLine(string text, int line, int? page = null) => new(BlockKind.Line, text, text, new Provenance(line, page));

    public bool WasChanged => !string.Equals(Text, Original, StringComparison.Ordinal);
}
