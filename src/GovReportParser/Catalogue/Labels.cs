namespace GovReportParser.Catalogue;

/// <summary>Short names for the label parts the table definitions are written in.</summary>
internal static class Labels
{
    public static LabelPart Word(string text) => new LabelPart.Word(text);

    /// <summary>A word whose last character may be missing (属于 / 属).</summary>
    public static LabelPart WordMaybeShort(string text) => new LabelPart.Word(text, LastOptional: true);

    public static LabelPart Optional(params LabelPart[] parts) => new LabelPart.Optional(parts);

    /// <summary>One of some characters, or none.</summary>
    public static LabelPart MaybeOneOf(string characters) => new LabelPart.OneOf(characters, MayBeMissing: true);

    public static LabelPart AnyOf(params IReadOnlyList<LabelPart>[] alternatives) => new LabelPart.AnyOf(alternatives);

    public static LabelPart FollowedBy(params LabelPart[] parts) => new LabelPart.FollowedBy(parts);

    public static LabelPart Ordinal(string number) => new LabelPart.Ordinal(number);

    public static LabelPart Wrapped(string head, string last, int max = 40) => Wrapped(Word(head), [Word(last)], max);

    public static LabelPart Wrapped(LabelPart? head, LabelPart[] last, int max = 40) =>
        new LabelPart.Wrapped(head is null ? [] : [head], last, max);
}
