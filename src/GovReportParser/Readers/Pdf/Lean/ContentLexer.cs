namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>What an operand of a content-stream operator is.</summary>
internal enum OperandKind : byte { Number, Name, String, Array, Dictionary }

/// <summary>
/// One operand, without an object of its own: a number's value; a name's or string's bytes as a range (a name's in the
/// content, a string's decoded into <see cref="ContentLexer.StringBytes"/>); an array's items as a range of
/// <see cref="ContentLexer.ArrayItems"/>. Dictionaries (marked-content properties) are skipped, only their kind kept.
/// </summary>
internal readonly record struct Operand(OperandKind Kind, double Number, int Start, int Length);

/// <summary>
/// A content stream to operators and their operands, reusing its buffers from one operator to the next. It reads the
/// shapes that PDF writers produce; anything else (a nested array, a keyword among operands, an unbalanced bracket, a
/// malformed number or string) is a <see cref="LeanUnsupportedException"/>, so that the page is read by PdfPig instead of
/// by a guess. Every step consumes at least one byte, so malformed input cannot loop.
/// </summary>
internal sealed class ContentLexer(byte[] content, int length)
{
    /// <summary>The longest operator of the content-stream grammar has three characters (BDC, EMC, SCN).</summary>
    private const int LongestOperator = 3;
    /// <summary>More fraction digits than a long holds are left to PdfPig.</summary>
    private const int MaxFractionDigits = 18;

    private readonly List<Operand> _operands = new(8);
    private readonly List<Operand> _arrayItems = new(64);
    private byte[] _strings = new byte[256];
    private int _stringsLength;
    private int _position;

    public List<Operand> Operands => _operands;

    public List<Operand> ArrayItems => _arrayItems;

    public ReadOnlySpan<byte> StringBytes => _strings.AsSpan(0, _stringsLength);

    public ReadOnlySpan<byte> Content => content.AsSpan(0, length);

    public ReadOnlySpan<byte> Bytes(Operand o) => o.Kind == OperandKind.Name ? Content.Slice(o.Start, o.Length) : StringBytes.Slice(o.Start, o.Length);

    /// <summary>Reads up to the next operator: false at the end of the stream. An inline image comes out as one "BI".</summary>
    public bool Next(Span<char> op, out int opLength)
    {
        _operands.Clear();
        _arrayItems.Clear();
        _stringsLength = 0;
        while (true)
        {
            SkipWhiteAndComments();
            if (_position >= length)
            {
                opLength = 0;
                // Operands with no operator after them are dropped, as a reader would.
                return false;
            }
            var c = content[_position];
            if (c == '[')
            {
                _position++;
                var start = _arrayItems.Count;
                while (true)
                {
                    SkipWhiteAndComments();
                    if (_position >= length)
                        throw new LeanUnsupportedException("content ends inside an array");
                    if (content[_position] == ']')
                    {
                        _position++;
                        break;
                    }
                    var item = ReadValue();
                    if (item.Kind is not (OperandKind.Number or OperandKind.String or OperandKind.Name))
                        throw new LeanUnsupportedException("an array inside an array in content");
                    _arrayItems.Add(item);
                }
                _operands.Add(new Operand(OperandKind.Array, 0, start, _arrayItems.Count - start));
            }
            else if (PdfSyntax.IsRegular(c) && !IsNumberStart(c))
            {
                var start = _position;
                while (_position < length && PdfSyntax.IsRegular(content[_position]))
                    _position++;
                var word = content.AsSpan(start, _position - start);
                if (word.Length > LongestOperator)
                    throw new LeanUnsupportedException("an unknown word in content");
                for (var i = 0; i < word.Length; i++)
                    op[i] = (char)word[i];
                opLength = word.Length;
                if (word.SequenceEqual("BI"u8))
                    SkipInlineImage();
                return true;
            }
            else
                _operands.Add(ReadValue());
        }
    }

    private Operand ReadValue()
    {
        var c = content[_position];
        switch (c)
        {
            case (byte)'/':
                {
                    var start = ++_position;
                    while (_position < length && PdfSyntax.IsRegular(content[_position]))
                        _position++;
                    if (content.AsSpan(start, _position - start).IndexOf((byte)'#') >= 0)
                        throw new LeanUnsupportedException("a name with # escapes in content");
                    return new Operand(OperandKind.Name, 0, start, _position - start);
                }
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'<' when _position + 1 < length && content[_position + 1] == '<':
                SkipDictionary();
                return new Operand(OperandKind.Dictionary, 0, 0, 0);
            case (byte)'<':
                return ReadHexString();
            default:
                if (IsNumberStart(c))
                    return ReadNumber();
                throw new LeanUnsupportedException("an unexpected token in content");
        }
    }

    private static bool IsNumberStart(byte c) => c is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.';

    /// <summary>
    /// A number with PdfPig's arithmetic, so that values agree to the bit: the integer digits accumulated as a double, the
    /// fraction's as a whole number divided by its power of ten. A sign must lead, one point at most, no exponent.
    /// </summary>
    private Operand ReadNumber()
    {
        var start = _position;
        while (_position < length && PdfSyntax.IsRegular(content[_position]))
            _position++;
        var text = content.AsSpan(start, _position - start);
        double integer = 0;
        long fraction = 0;
        int digits = 0, fractionDigits = 0;
        bool negative = false, point = false;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
                if (point)
                {
                    fraction = fraction * 10 + (b - '0');
                    fractionDigits++;
                }
                else
                    integer = integer * 10 + (b - '0');
            }
            else if (b == '.' && !point)
                point = true;
            else if (i == 0 && b is (byte)'-' or (byte)'+')
                negative = b == '-';
            else
                throw new LeanUnsupportedException("a malformed number in content");
        }
        if (digits == 0 || fractionDigits > MaxFractionDigits)
            throw new LeanUnsupportedException("a malformed number in content");
        var value = fractionDigits switch
        {
            0 => integer,
            1 => integer + fraction / 10.0,
            2 => integer + fraction / 100.0,
            3 => integer + fraction / 1000.0,
            _ => integer + fraction / Math.Pow(10, fractionDigits),
        };
        // PdfPig gives every zero as +0 (its shared zero token).
        return new Operand(OperandKind.Number, value == 0 ? 0 : negative ? -value : value, 0, 0);
    }

    /// <summary>
    /// A literal string as PdfPig's tokenizer reads it: balanced parentheses, the usual escapes and octal codes, an unknown
    /// escape keeps its character, a backslash before a line end joins the lines (the line-end bytes dropped), raw line
    /// ends kept as they are. Shapes where PdfPig reads something else (a string it takes for UTF-16 by its byte-order
    /// mark, an octal code past 255, a parenthesis before a CR it may take for the string's end) are left to it.
    /// </summary>
    private Operand ReadLiteralString()
    {
        var start = _stringsLength;
        var depth = 1;
        var joiningLines = false;
        _position++;
        while (true)
        {
            if (_position >= length)
                throw new LeanUnsupportedException("content ends inside a string");
            var c = content[_position++];
            if (joiningLines && c is (byte)'\r' or (byte)'\n')
                continue;
            joiningLines = false;
            if (c == '\\')
            {
                if (_position >= length)
                    throw new LeanUnsupportedException("content ends inside a string");
                var e = content[_position++];
                switch (e)
                {
                    case (byte)'n': Append((byte)'\n'); break;
                    case (byte)'r': Append((byte)'\r'); break;
                    case (byte)'t': Append((byte)'\t'); break;
                    case (byte)'b': Append((byte)'\b'); break;
                    case (byte)'f': Append((byte)'\f'); break;
                    case (byte)'\r' or (byte)'\n': joiningLines = true; break;
                    case >= (byte)'0' and <= (byte)'7':
                        {
                            var value = e - '0';
                            for (var k = 0; k < 2 && _position < length && content[_position] is >= (byte)'0' and <= (byte)'7'; k++)
                                value = value * 8 + (content[_position++] - '0');
                            if (value > byte.MaxValue)
                                throw new LeanUnsupportedException("an octal code past 255 in a content string");
                            Append((byte)value);
                            break;
                        }
                    default: Append(e); break;
                }
            }
            else if (c == '(')
            {
                depth++;
                Append(c);
            }
            else if (c == ')')
            {
                if (--depth == 0)
                    break;
                if (_position < length && content[_position] == '\r')
                    throw new LeanUnsupportedException("a parenthesis before a CR inside a content string");
                Append(c);
            }
            else
                Append(c);
        }
        if (_stringsLength - start >= 2 && _strings[start] is 0xFE or 0xFF && _strings[start + 1] is 0xFE or 0xFF && _strings[start] != _strings[start + 1])
            throw new LeanUnsupportedException("a content string with a UTF-16 byte-order mark");
        return new Operand(OperandKind.String, 0, start, _stringsLength - start);
    }

    private Operand ReadHexString()
    {
        var start = _stringsLength;
        _position++;
        var high = -1;
        while (true)
        {
            if (_position >= length)
                throw new LeanUnsupportedException("content ends inside a hex string");
            var c = content[_position++];
            if (c == '>')
                break;
            if (PdfSyntax.IsWhite(c))
                continue;
            var nibble = HexValue(c);
            if (nibble < 0)
                throw new LeanUnsupportedException("a malformed hex string in content");
            if (high < 0)
                high = nibble;
            else
            {
                Append((byte)(high * 16 + nibble));
                high = -1;
            }
        }
        if (high >= 0)
            throw new LeanUnsupportedException("a hex string of odd length in content");
        return new Operand(OperandKind.String, 0, start, _stringsLength - start);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Past a dictionary, nested ones and strings within it included.</summary>
    private void SkipDictionary()
    {
        var depth = 0;
        while (_position < length)
        {
            var c = content[_position];
            if (c == '<' && _position + 1 < length && content[_position + 1] == '<')
            {
                depth++;
                _position += 2;
            }
            else if (c == '>' && _position + 1 < length && content[_position + 1] == '>')
            {
                _position += 2;
                if (--depth == 0)
                    return;
            }
            else if (c == '(')
            {
                var mark = _stringsLength;
                ReadLiteralString();
                _stringsLength = mark;
            }
            else if (c == '<')
            {
                var mark = _stringsLength;
                ReadHexString();
                _stringsLength = mark;
            }
            else
                _position++;
        }
        throw new LeanUnsupportedException("content ends inside a dictionary");
    }

    /// <summary>
    /// Past an inline image: its dictionary up to ID, then its data up to an EI that stands alone (white space on both
    /// sides, or the end of the content).
    /// </summary>
    private void SkipInlineImage()
    {
        var id = Content[_position..].IndexOf("ID"u8);
        var end = id < 0 ? -1 : PdfSyntax.InlineImageEnd(Content, _position + id + 2);
        if (end < 0)
            throw new LeanUnsupportedException("an inline image without ID and EI");
        _position = end;
    }

    private void Append(byte b)
    {
        if (_stringsLength == _strings.Length)
            Array.Resize(ref _strings, _strings.Length * 2);
        _strings[_stringsLength++] = b;
    }

    private void SkipWhiteAndComments()
    {
        while (_position < length)
        {
            var c = content[_position];
            if (PdfSyntax.IsWhite(c))
                _position++;
            else if (c == '%')
                while (_position < length && content[_position] is not ((byte)'\n' or (byte)'\r'))
                    _position++;
            else
                return;
        }
    }
}
