namespace GovReportParser.Catalogue;

/// <summary>
/// A piece of a row label as reports print it, from which <see cref="LabelPattern"/> builds the pattern that finds the
/// label. Label text is always given as words, never as regex source.
/// </summary>
public abstract record LabelPart
{
    /// <summary>Printed characters. A run of values may sit between any two Han characters of one word (see
    /// <see cref="LabelPattern"/>); with <paramref name="LastOptional"/> the word's last character may be missing
    /// (属于 / 属, 投诉类 / 投诉).</summary>
    public sealed record Word(string Text, bool LastOptional = false) : LabelPart;

    /// <summary>Parts that may be missing as a whole (行政 of 行政规范性文件).</summary>
    public sealed record Optional(IReadOnlyList<LabelPart> Parts) : LabelPart;

    /// <summary>One of some characters, optionally none (the closing quote after 稳定: ” " ’ ').</summary>
    public sealed record OneOf(string Characters, bool MayBeMissing = false) : LabelPart;

    /// <summary>Any one of several sequences of parts (where a table begins: its first article item, or its heading).</summary>
    public sealed record AnyOf(IReadOnlyList<IReadOnlyList<LabelPart>> Alternatives) : LabelPart;

    /// <summary>Parts that must follow, without being part of the match (信息内容 only when a column label follows it).</summary>
    public sealed record FollowedBy(IReadOnlyList<LabelPart> Parts) : LabelPart;

    /// <summary>A row ordinal as printed or left out: 一、 (一) 1. or nothing.</summary>
    public sealed record Ordinal(string Number) : LabelPart;

    /// <summary>
    /// A long label that PDFs wrap around its own values (<c>…只计这一情 447 7 0 … 454 形，不计其他情形）</c>): the head, then
    /// optionally up to <paramref name="MaxBetween"/> label characters and the label's last word, which may have a run of
    /// values inside it.
    /// </summary>
    public sealed record Wrapped(IReadOnlyList<LabelPart> Head, IReadOnlyList<LabelPart> Last, int MaxBetween = 40) : LabelPart;
}
