using GovReportParser.Model;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Counts the bytes streams decode to, as they are decoded: content streams against the page's allowance, other streams
/// one by one. Going over throws <see cref="InvalidInputException"/>; the refusal is also remembered, because PdfPig
/// swallows some failures (a font it cannot load) and carries on.
/// </summary>
internal sealed class DecodeBudget
{
    private static readonly NameToken Length3 = NameToken.Create("Length3");

    private long _contentBytes;

    public string? Refusal { get; private set; }

    /// <summary>A new page starts with the whole content allowance.</summary>
    public void StartPage() => _contentBytes = 0;

    /// <summary>How many more bytes the stream with this dictionary may decode to.</summary>
    public long Allowance(DictionaryToken stream) =>
        IsContent(stream) ? PdfLimits.MaxContentBytesPerPage - _contentBytes : PdfLimits.MaxStreamBytes;

    /// <summary>Records a stream decoded to <paramref name="bytes"/> bytes, or refuses it.</summary>
    public void Add(DictionaryToken stream, long bytes)
    {
        if (bytes > Allowance(stream))
            Refuse(stream);
        if (IsContent(stream))
            _contentBytes += bytes;
    }

    public void Refuse(DictionaryToken stream)
    {
        Refusal ??= IsContent(stream)
            ? $"a page's content decodes to more than {PdfLimits.MaxContentBytesPerPage / (1024 * 1024)} MiB (a decompression bomb?)"
            : $"a stream decodes to more than {PdfLimits.MaxStreamBytes / (1024 * 1024)} MiB (a decompression bomb?)";
        throw new InvalidInputException(Refusal);
    }

    /// <summary>Throws the remembered refusal, if any.</summary>
    public void ThrowIfRefused()
    {
        if (Refusal is not null)
            throw new InvalidInputException(Refusal);
    }

    /// <summary>
    /// Page content and Form XObjects: streams with no type of their own (fonts carry /Length1–3 or a /Subtype, images
    /// and forms a /Subtype, ICC profiles /N, CMaps, object and cross-reference streams a /Type).
    /// </summary>
    public static bool IsContent(DictionaryToken stream)
    {
        if (stream.TryGet(NameToken.Subtype, out NameToken subtype))
            return subtype.Equals(NameToken.Form);
        return !stream.ContainsKey(NameToken.Type) && !stream.ContainsKey(NameToken.Length1) && !stream.ContainsKey(NameToken.Length2)
            && !stream.ContainsKey(Length3) && !stream.ContainsKey(NameToken.N);
    }
}
