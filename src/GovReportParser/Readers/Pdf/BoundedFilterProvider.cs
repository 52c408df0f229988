using System.Buffers;
using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// PdfPig's filters with every decoded stream counted against a <see cref="DecodeBudget"/>. FlateDecode, the filter of
/// decompression bombs, is inflated here with the allowance checked as the bytes come out, so a bomb stops at the limit
/// instead of after filling memory; the other filters are counted once they have run.
/// </summary>
internal sealed class BoundedFilterProvider(DecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _wrapped = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters)
    {
        lock (_wrapped)
            return filters.Select(f => _wrapped.TryGetValue(f, out var w) ? w
                : _wrapped[f] = f is FlateFilter ? new BoundedFlate(f, budget) : new Counted(f, budget)).ToArray();
    }

    private sealed class Counted(IFilter inner, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Add(streamDictionary, output.Length);
            return output;
        }
    }

    /// <summary>
    /// FlateDecode as PdfPig does it (zlib header skipped; undecodable data passed through unchanged), bounded. Streams
    /// with a PNG/TIFF predictor are first inflated without being kept, to measure them, and then left to PdfPig.
    /// </summary>
    private sealed class BoundedFlate(IFilter inner, DecodeBudget budget) : IFilter
    {
        /// <summary>The first buffer a stream is inflated into: about four times its compressed size, within these bounds.</summary>
        private const int FirstBuffer = 4096, LargestFirstBuffer = 1 << 22;

        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var allowance = budget.Allowance(streamDictionary);
            var predictor = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex).TryGet(NameToken.Predictor, out NumericToken p) ? p.Int : -1;
            try
            {
                if (predictor > 1)
                {
                    if (Inflate(input, allowance, keep: false) is null)
                        budget.Refuse(streamDictionary);
                    var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                    budget.Add(streamDictionary, decoded.Length);
                    return decoded;
                }
                var output = Inflate(input, allowance, keep: true);
                if (output is null)
                    budget.Refuse(streamDictionary);
                budget.Add(streamDictionary, output!.Length);
                return output;
            }
            catch (InvalidDataException)
            {
                return input;
            }
        }

        /// <summary>
        /// The inflated bytes (or, when not kept, none); null when they pass the allowance. They are inflated into pooled
        /// buffers and copied once into an array of their exact size: a growing stream allocated every doubling anew, and
        /// those large arrays each brought the next full collection closer (a fifth of a PDF's CPU time went to the GC).
        /// </summary>
        private static byte[]? Inflate(Memory<byte> input, long allowance, bool keep)
        {
            if (input.Length < 2)
                return [];
            using var source = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var deflate = new DeflateStream(source, CompressionMode.Decompress);
            var pool = ArrayPool<byte>.Shared;
            var buffer = pool.Rent((int)Math.Clamp(Math.Min(allowance, input.Length * 4L), FirstBuffer, LargestFirstBuffer));
            try
            {
                long total = 0;
                var filled = 0;
                int read;
                while ((read = deflate.Read(buffer, filled, buffer.Length - filled)) > 0)
                {
                    total += read;
                    if (total > allowance)
                        return null;
                    filled = keep ? filled + read : 0;
                    if (filled == buffer.Length)
                    {
                        var larger = pool.Rent((int)Math.Min(Array.MaxLength, 2L * buffer.Length));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        pool.Return(buffer);
                        buffer = larger;
                    }
                }
                return keep ? buffer.AsSpan(0, filled).ToArray() : [];
            }
            finally
            {
                pool.Return(buffer);
            }
        }
    }
}
