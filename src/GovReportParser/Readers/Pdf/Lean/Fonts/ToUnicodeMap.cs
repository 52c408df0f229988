using System.Text;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// A ToUnicode CMap: character codes to text, read as PdfPig 0.1.16 reads it (its CMapParser with the bfchar and bfrange
/// parts and CharacterMapBuilder), or refused. What PdfPig does and this keeps:
/// <list type="bullet">
/// <item>a code is its bytes read big-endian; a destination of one byte is that Latin-1 character, of more bytes UTF-16BE
/// (a surrogate pair or several characters alike); a destination written as a name is the name's text;</item>
/// <item>a code written with a leading zero byte does not replace one already mapped (&lt;0020&gt; after &lt;20&gt;), any other does;</item>
/// <item>bfrange with a hex destination increments its LAST byte for each code, carrying into the byte before at 255;
/// the array form takes one element per code;</item>
/// <item>a section stops early at its end keyword when its count is too large, and reads only its count when too small;</item>
/// <item>codespace ranges do not matter here: a Type 0 font reads codes by its /Encoding, a simple font one byte at a time.</item>
/// </list>
/// Refused (the page is then read by PdfPig): usecmap, CID sections, a section not preceded by its count, codes of other
/// lengths than 1 to 4 bytes or of unequal lengths in a range, an array shorter than its range, and more than
/// <see cref="MaxEntries"/> codes in all (a hostile range; PdfPig would expand it).
/// </summary>
internal sealed class ToUnicodeMap
{
    /// <summary>Far above a real font's codes (a full two-byte range is 65,536) and small enough to build at once.</summary>
    public const int MaxEntries = 1 << 18;

    private readonly Dictionary<int, string> _map;

    private ToUnicodeMap(string? name, Dictionary<int, string> map)
    {
        Name = name;
        _map = map;
    }

    /// <summary>The CMap's /CMapName, if it gives one.</summary>
    public string? Name { get; }

    public int Count => _map.Count;

    /// <summary>The codes the map gives text for.</summary>
    public IEnumerable<int> Codes => _map.Keys;

    /// <summary>
    /// Whether the map is a predefined Identity CMap misused as ToUnicode (its name starts with "Identity-"): PdfPig's
    /// Type 0 fonts then take each code as the character of that number.
    /// </summary>
    public bool NamesIdentity => Name?.StartsWith("Identity-", StringComparison.InvariantCultureIgnoreCase) == true;

    public bool TryGet(int code, out string unicode) => _map.TryGetValue(code, out unicode!);

    public static ToUnicodeMap Parse(ReadOnlySpan<byte> bytes)
    {
        var tokens = new CMapTokenizer(bytes);
        var map = new Dictionary<int, string>();
        string? name = null;
        var previous = new CMapToken(CMapTokenKind.End);
        for (var token = tokens.Next(); token.Kind != CMapTokenKind.End; token = tokens.Next())
        {
            switch (token.Kind)
            {
                case CMapTokenKind.Operator:
                    ReadSection(token.Text, previous, ref tokens, map);
                    break;
                case CMapTokenKind.Name when ValueNames.Contains(token.Text):
                    var value = tokens.Next();
                    if (token.Text == "CMapName" && value.Kind == CMapTokenKind.Name)
                        name = value.Text;
                    SkipComposite(value, ref tokens);
                    break;
                case CMapTokenKind.ArrayStart or CMapTokenKind.DictionaryStart:
                    SkipComposite(token, ref tokens);
                    break;
                case CMapTokenKind.ArrayEnd or CMapTokenKind.DictionaryEnd:
                    throw new LeanUnsupportedException("a CMap with an unbalanced ] or >>");
            }
            previous = token;
        }
        map.TrimExcess();
        return new ToUnicodeMap(name, map);
    }

    /// <summary>The names after which PdfPig's CMap parser takes the next token as their value.</summary>
    private static readonly HashSet<string> ValueNames =
        ["WMode", "CMapName", "CMapVersion", "CMapType", "Registry", "Ordering", "Supplement", "CIDSystemInfo"];

    private static void ReadSection(string keyword, CMapToken previous, ref CMapTokenizer tokens, Dictionary<int, string> map)
    {
        switch (keyword)
        {
            case "usecmap":
                throw new LeanUnsupportedException("a ToUnicode CMap that uses another (usecmap)");
            case "begincidchar" or "begincidrange":
                throw new LeanUnsupportedException("a ToUnicode CMap with CID mappings");
            case "begincodespacerange":
                ReadCodespaceRanges(SectionCount(previous, keyword), ref tokens);
                break;
            case "beginbfchar":
                ReadCharacters(SectionCount(previous, keyword), ref tokens, map);
                break;
            case "beginbfrange":
                ReadRanges(SectionCount(previous, keyword), ref tokens, map);
                break;
        }
    }

    private static int SectionCount(CMapToken previous, string keyword) =>
        previous.Kind == CMapTokenKind.Number
            ? (int)Math.Clamp(previous.Number, int.MinValue, int.MaxValue)
            : throw new LeanUnsupportedException($"a CMap whose {keyword} is not preceded by its count");

    private static void ReadCodespaceRanges(int count, ref CMapTokenizer tokens)
    {
        for (var i = 0; i < count; i++)
            if (tokens.Next().Kind != CMapTokenKind.Hex || tokens.Next().Kind != CMapTokenKind.Hex)
                throw new LeanUnsupportedException("a CMap codespace range that is not two hex strings");
    }

    private static void ReadCharacters(int count, ref CMapTokenizer tokens, Dictionary<int, string> map)
    {
        for (var i = 0; i < count; i++)
        {
            var source = tokens.Next();
            if (source.Kind == CMapTokenKind.Operator
                && (source.Text.Equals("endbfchar", StringComparison.OrdinalIgnoreCase) || source.Text.Equals("endcmap", StringComparison.OrdinalIgnoreCase)))
                return;
            if (source.Kind != CMapTokenKind.Hex)
                throw new LeanUnsupportedException("a bfchar entry whose code is not a hex string");
            var destination = tokens.Next();
            Add(map, source.Bytes!, destination.Kind switch
            {
                CMapTokenKind.Name => destination.Text,
                CMapTokenKind.Hex => Text(destination.Bytes!),
                _ => throw new LeanUnsupportedException("a bfchar entry whose text is neither a hex string nor a name"),
            });
        }
    }

    private static void ReadRanges(int count, ref CMapTokenizer tokens, Dictionary<int, string> map)
    {
        for (var i = 0; i < count; i++)
        {
            var low = tokens.Next();
            if (low.Kind == CMapTokenKind.Operator && low.Text.Equals("endbfrange", StringComparison.OrdinalIgnoreCase))
                return;
            var high = tokens.Next();
            if (low.Kind != CMapTokenKind.Hex || high.Kind != CMapTokenKind.Hex)
                throw new LeanUnsupportedException("a bfrange entry whose codes are not hex strings");
            var start = low.Bytes!;
            var end = high.Bytes!;
            if (start.Length != end.Length)
                throw new LeanUnsupportedException("a bfrange whose first and last codes differ in length");
            var codes = Math.Max(1L, (long)Code(end) - Code(start) + 1);
            if (map.Count + codes > MaxEntries)
                throw new LeanUnsupportedException($"a ToUnicode CMap with more than {MaxEntries} codes");
            var destination = tokens.Next();
            if (destination.Kind == CMapTokenKind.ArrayStart)
                AddArrayRange(map, start, codes, ReadArray(ref tokens));
            else if (destination.Kind == CMapTokenKind.Hex)
                AddIncrementingRange(map, start, codes, destination.Bytes!);
            else
                throw new LeanUnsupportedException("a bfrange entry whose text is neither a hex string nor an array");
        }
    }

    /// <summary>The elements of an array: names and hex strings (anything else maps its code to nothing, as in PdfPig).</summary>
    private static List<CMapToken> ReadArray(ref CMapTokenizer tokens)
    {
        var elements = new List<CMapToken>();
        for (var token = tokens.Next(); token.Kind != CMapTokenKind.ArrayEnd; token = tokens.Next())
        {
            if (token.Kind is CMapTokenKind.End or CMapTokenKind.ArrayStart or CMapTokenKind.DictionaryStart or CMapTokenKind.DictionaryEnd)
                throw new LeanUnsupportedException("a bfrange array that is not a flat list");
            elements.Add(token);
        }
        return elements;
    }

    private static void AddArrayRange(Dictionary<int, string> map, byte[] start, long codes, List<CMapToken> elements)
    {
        if (elements.Count < codes)
            throw new LeanUnsupportedException("a bfrange array shorter than its range");
        var code = (byte[])start.Clone();
        for (var i = 0; i < codes; i++)
        {
            var element = elements[i];
            if (element.Kind == CMapTokenKind.Name)
                Add(map, code, element.Text);
            else if (element.Kind == CMapTokenKind.Hex)
                Add(map, code, Text(element.Bytes!));
            Increment(code);
        }
    }

    private static void AddIncrementingRange(Dictionary<int, string> map, byte[] start, long codes, byte[] destination)
    {
        if (destination.Length == 0)
            throw new LeanUnsupportedException("a bfrange with an empty destination");
        var code = (byte[])start.Clone();
        var text = (byte[])destination.Clone();
        for (var i = 0; i < codes; i++)
        {
            Add(map, code, Text(text));
            Increment(code);
            Increment(text);
        }
    }

    /// <summary>Adds one to the last byte, carrying into the byte before it at 255 (the first byte wraps).</summary>
    private static void Increment(byte[] bytes)
    {
        var i = bytes.Length - 1;
        while (i > 0 && bytes[i] == 255)
            bytes[i--] = 0;
        bytes[i]++;
    }

    private static void Add(Dictionary<int, string> map, byte[] source, string text)
    {
        var code = Code(source);
        if (source.Length > 1 && source[0] == 0)
            map.TryAdd(code, text);
        else
            map[code] = text;
    }

    private static int Code(byte[] bytes)
    {
        if (bytes.Length is 0 or > 4)
            throw new LeanUnsupportedException("a CMap code of other than one to four bytes");
        var code = 0;
        foreach (var b in bytes)
            code = code << 8 | b;
        return code;
    }

    /// <summary>One byte is a Latin-1 character; more are UTF-16BE.</summary>
    private static string Text(byte[] bytes) =>
        bytes.Length == 1 ? ((char)bytes[0]).ToString() : Encoding.BigEndianUnicode.GetString(bytes);

    /// <summary>Skips the rest of an array or dictionary whose first token was just read.</summary>
    private static void SkipComposite(CMapToken first, ref CMapTokenizer tokens)
    {
        if (first.Kind is not (CMapTokenKind.ArrayStart or CMapTokenKind.DictionaryStart))
            return;
        const int MaxDepth = 32;
        var depth = 1;
        while (depth > 0)
        {
            var token = tokens.Next();
            switch (token.Kind)
            {
                case CMapTokenKind.End:
                    throw new LeanUnsupportedException("a CMap array or dictionary without its end");
                case CMapTokenKind.ArrayStart or CMapTokenKind.DictionaryStart:
                    if (++depth > MaxDepth)
                        throw new LeanUnsupportedException("a CMap nested too deep");
                    break;
                case CMapTokenKind.ArrayEnd or CMapTokenKind.DictionaryEnd:
                    depth--;
                    break;
            }
        }
    }
}
