using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A CIDFont's widths (/W, /DW) and vertical metrics (/W2, /DW2), read as PdfPig's CidFontFactory reads them: a later
/// entry for a CID replaces an earlier one; /DW defaults to 1000 and /DW2 to [880 -1000]. Only CIDs 0 to 65535 are kept:
/// with an Identity encoding a two-byte code is its CID, so no other CID is ever asked for, and a hostile range of
/// billions costs nothing.
/// </summary>
internal sealed class CidMetrics
{
    private const int LargestCid = 0xFFFF;

    /// <summary>Entries expanded in all (a range of 65,536 is one full font): more is a hostile file.</summary>
    private const int MaxEntries = 1 << 20;

    private readonly Dictionary<int, double> _widths = [];
    private readonly Dictionary<int, (double W1Y, double VX, double VY)> _vertical = [];
    private int _expanded;

    /// <summary>The defaults of /DW and /DW2 (PDF 32000-1, 9.7.4.3).</summary>
    private const double Dw = 1000, Dw2Position = 880, Dw2Displacement = -1000;

    public double DefaultWidth { get; private init; } = Dw;

    public double DefaultPosition { get; private init; } = Dw2Position;

    public double DefaultDisplacement { get; private init; } = Dw2Displacement;

    public double Width(int cid) => _widths.TryGetValue(cid, out var w) ? w : DefaultWidth;

    public bool TryGetVertical(int cid, out (double W1Y, double VX, double VY) metrics) => _vertical.TryGetValue(cid, out metrics);

    public static CidMetrics Read(DictionaryToken cidFont, FontTokens tokens)
    {
        var (position, displacement) = ReadDw2(cidFont);
        var metrics = new CidMetrics
        {
            DefaultWidth = tokens.Get<NumericToken>(cidFont, NameToken.Dw)?.Double ?? Dw,
            DefaultPosition = position,
            DefaultDisplacement = displacement,
        };
        if (tokens.Get(cidFont, NameToken.W) is { } w)
            metrics.ReadW(w as ArrayToken ?? throw new LeanUnsupportedException("a /W that is not an array"), tokens);
        if (tokens.Get(cidFont, NameToken.W2) is { } w2)
            metrics.ReadW2(w2 as ArrayToken ?? throw new LeanUnsupportedException("a /W2 that is not an array"), tokens);
        return metrics;
    }

    /// <summary>PdfPig reads /DW2 only when written in place as an array; elsewhere it takes the default.</summary>
    private static (double, double) ReadDw2(DictionaryToken cidFont)
    {
        if (!cidFont.TryGet(NameToken.Dw2, out var token) || token is not ArrayToken array)
            return (Dw2Position, Dw2Displacement);
        if (array.Data.Count < 2 || array.Data[0] is not NumericToken p || array.Data[1] is not NumericToken d)
            throw new LeanUnsupportedException("a /DW2 that is not two numbers");
        return (p.Double, d.Double);
    }

    /// <summary>/W: "c [w1 w2 …]" gives CIDs from c on, "first last w" one width to a range.</summary>
    private void ReadW(ArrayToken w, FontTokens tokens)
    {
        var data = w.Data;
        for (var i = 0; i < data.Count;)
        {
            var first = tokens.Integer(data[i++]);
            var next = tokens.Resolve(At(data, i++));
            if (next is ArrayToken widths)
            {
                for (var j = 0; j < widths.Data.Count; j++)
                    Set(_widths, (long)first + j, tokens.Number(widths.Data[j]));
            }
            else
            {
                var last = tokens.Integer(next!);
                var width = tokens.Number(At(data, i++));
                SetRange(_widths, first, last, width);
            }
        }
    }

    /// <summary>/W2: "c [w1y v1x v1y …]" or "first last w1y v1x v1y".</summary>
    private void ReadW2(ArrayToken w2, FontTokens tokens)
    {
        var data = w2.Data;
        for (var i = 0; i < data.Count;)
        {
            var first = tokens.Integer(data[i++]);
            var raw = At(data, i++);
            if (tokens.Resolve(raw) is ArrayToken entries)
            {
                if (entries.Data.Count % 3 != 0)
                    throw new LeanUnsupportedException("a /W2 array whose length is not a multiple of three");
                // PdfPig gives the entry at index j the CID first + j (not first + j / 3): kept, since its letters are the reference
                for (var j = 0; j < entries.Data.Count; j += 3)
                    Set(_vertical, (long)first + j,
                        (tokens.Number(entries.Data[j]), tokens.Number(entries.Data[j + 1]), tokens.Number(entries.Data[j + 2])));
            }
            else
            {
                // PdfPig reads the last CID of this form only when written in place
                var last = raw is NumericToken n ? tokens.Integer(n) : throw new LeanUnsupportedException("a /W2 range end that is not a number");
                var value = (tokens.Number(At(data, i++)), tokens.Number(At(data, i++)), tokens.Number(At(data, i++)));
                SetRange(_vertical, first, last, value);
            }
        }
    }

    private static IToken At(IReadOnlyList<IToken> data, int i) =>
        i < data.Count ? data[i] : throw new LeanUnsupportedException("a width array that ends inside an entry");

    private void SetRange<T>(Dictionary<int, T> map, long first, long last, T value)
    {
        for (var cid = Math.Max(first, 0); cid <= Math.Min(last, LargestCid); cid++)
            Set(map, cid, value);
    }

    private void Set<T>(Dictionary<int, T> map, long cid, T value)
    {
        if (++_expanded > MaxEntries)
            throw new LeanUnsupportedException($"a CIDFont with more than {MaxEntries} width entries");
        if (cid is >= 0 and <= LargestCid)
            map[(int)cid] = value;
    }
}
