using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Reading a font dictionary's entries the way PdfPig's font handlers read them: references followed (a bounded number of
/// hops), anything of an unexpected type refused rather than guessed.
/// </summary>
internal sealed class FontTokens(IPdfTokenScanner scanner, IFilterProvider filters)
{
    /// <summary>References to references are legal; more hops than this is a loop or a hostile file.</summary>
    private const int MaxHops = 8;

    public IToken? Resolve(IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference; hops++)
        {
            if (hops == MaxHops)
                throw new LeanUnsupportedException("a chain of references too long");
            token = scanner.Get(reference.Data)?.Data;
        }
        return token;
    }

    /// <summary>The entry, references followed; null when absent.</summary>
    public IToken? Get(DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out var token) ? Resolve(token) : null;

    /// <summary>The entry resolved to a <typeparamref name="T"/>, or null when absent or of another type.</summary>
    public T? Get<T>(DictionaryToken dictionary, NameToken key) where T : class, IToken => Get(dictionary, key) as T;

    public T Required<T>(DictionaryToken dictionary, NameToken key, string what) where T : class, IToken =>
        Get<T>(dictionary, key) ?? throw new LeanUnsupportedException($"no {what}");

    /// <summary>Whether a token is the name <paramref name="name"/>.</summary>
    public static bool IsName(IToken? token, NameToken name) => token is NameToken n && name.Equals(n);

    /// <summary>A number written in the dictionary itself (PdfPig reads some entries without following references).</summary>
    public static NumericToken? Direct(DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out var token) ? token as NumericToken : null;

    /// <summary>An array element that must be a number, references followed.</summary>
    public double Number(IToken token) =>
        Resolve(token) is NumericToken n ? n.Double : throw new LeanUnsupportedException("a number expected in a font array");

    public int Integer(IToken token) =>
        Resolve(token) is NumericToken n && n.Double == Math.Floor(n.Double) && Math.Abs(n.Double) <= int.MaxValue
            ? (int)n.Double
            : throw new LeanUnsupportedException("an integer expected in a font array");

    /// <summary>
    /// At most the first <paramref name="count"/> bytes a stream decodes to. A stream with FlateDecode as its only filter
    /// is inflated only that far (as PdfPig inflates it: past the two-byte zlib header); any other, or one whose start
    /// does not inflate, is decoded whole by <see cref="Decode"/>, which does what PdfPig's filters do with it.
    /// </summary>
    public ReadOnlyMemory<byte> DecodePrefix(StreamToken stream, int count)
    {
        var dictionary = stream.StreamDictionary;
        var onlyFlate = dictionary.TryGet(NameToken.Filter, out var filter)
            && (IsName(filter, NameToken.FlateDecode) || filter is ArrayToken { Data.Count: 1 } a && IsName(a.Data[0], NameToken.FlateDecode))
            && !dictionary.ContainsKey(NameToken.DecodeParms);
        if (onlyFlate && stream.Data.Length > 2)
        {
            try
            {
                using var deflate = new System.IO.Compression.DeflateStream(
                    new MemoryStream(stream.Data[2..].ToArray(), writable: false), System.IO.Compression.CompressionMode.Decompress);
                var prefix = new byte[count];
                var filled = 0;
                for (int read; filled < count && (read = deflate.Read(prefix, filled, count - filled)) > 0;)
                    filled += read;
                return prefix.AsMemory(0, filled);
            }
            catch (InvalidDataException)
            {
            }
        }
        var whole = Decode(stream);
        return whole[..Math.Min(count, whole.Length)];
    }

    /// <summary>The decoded bytes of a stream; a stream that does not decode is refused (PdfPig's handling of it varies).</summary>
    public ReadOnlyMemory<byte> Decode(StreamToken stream)
    {
        try
        {
            return stream.Decode(filters);
        }
        catch (Exception e) when (e is not GovReportParser.Model.InvalidInputException and not OutOfMemoryException)
        {
            throw new LeanUnsupportedException($"a font stream that does not decode ({e.GetType().Name})");
        }
    }
}
