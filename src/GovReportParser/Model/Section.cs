namespace GovReportParser.Model;

/// <summary>Canonical keys of the top sections, shared by all three eras of the report format.</summary>
public static class CanonicalSection
{
    public const string Overview = "overview";
    public const string Proactive = "proactive";
    public const string Requests = "requests";
    public const string Fees = "fees";
    public const string ReviewLitigation = "review_litigation";
    public const string Problems = "problems";
    public const string Plans = "plans";
    public const string Other = "other";
}

/// <summary>A node of the heading tree. <see cref="Blocks"/> are its own body blocks, children excluded.</summary>
public sealed class Section
{
    public required int Level { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public required string Heading { get; init; }
    public string? Canonical { get; set; }
    public required Provenance Source { get; init; }
    public List<Block> Blocks { get; } = [];
    public List<Section> Children { get; } = [];

    /// <summary>Own body text, paragraphs joined by newlines.</summary>
    public string Text => string.Join('\n', Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Line).Select(b => b.Text));

    public IEnumerable<Section> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var s in child.SelfAndDescendants())
                yield return s;
    }
}
