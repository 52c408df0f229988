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

    /// <summary>This section and all below it, in reading order (pre-order), walked with an explicit stack.</summary>
    public IEnumerable<Section> SelfAndDescendants()
    {
        var pending = new Stack<Section>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var section = pending.Pop();
            yield return section;
            for (var i = section.Children.Count - 1; i >= 0; i--)
                pending.Push(section.Children[i]);
        }
    }
}
