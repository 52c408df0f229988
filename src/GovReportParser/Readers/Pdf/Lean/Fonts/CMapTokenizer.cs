using System.Text;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

internal enum CMapTokenKind { End, Number, Name, Hex, String, Operator, ArrayStart, ArrayEnd, DictionaryStart, DictionaryEnd }

/// <summary>One token of a CMap: <see cref="Text"/> is a name's or an operator's text, <see cref="Bytes"/> a hex string's bytes.</summary>
internal readonly record struct CMapToken(CMapTokenKind Kind, double Number = 0, string Text = "", byte[]? Bytes = null);

/// <summary>
/// The PostScript tokens a ToUnicode CMap is written in, read in one pass over its bytes. It is strict where PdfPig's
/// tokenizer may be lenient (a token glued to a keyword, a procedure in braces, a malformed number or hex string):
/// such a CMap is refused, since a different reading of it would give different text.
/// </summary>
internal ref struct CMapTokenizer(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public CMapToken Next()
    {
        SkipWhitespaceAndComments();
        if (_at >= _bytes.Length)
            return new CMapToken(CMapTokenKind.End);
        var b = _bytes[_at];
        switch (b)
        {
            case (byte)'[': _at++; return new CMapToken(CMapTokenKind.ArrayStart);
            case (byte)']': _at++; return new CMapToken(CMapTokenKind.ArrayEnd);
            case (byte)'<' when Peek(1) == '<': _at += 2; return new CMapToken(CMapTokenKind.DictionaryStart);
            case (byte)'>' when Peek(1) == '>': _at += 2; return new CMapToken(CMapTokenKind.DictionaryEnd);
            case (byte)'<': return ReadHex();
            case (byte)'(': return ReadString();
            case (byte)'/': return ReadName();
        }
        if (b is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9')
            return ReadNumber();
        return ReadOperator();
    }

    private int Peek(int ahead) => _at + ahead < _bytes.Length ? _bytes[_at + ahead] : -1;

    private void SkipWhitespaceAndComments()
    {
        while (_at < _bytes.Length)
        {
            if (PdfSyntax.IsWhite(_bytes[_at]))
                _at++;
            else if (_bytes[_at] == '%')
                while (_at < _bytes.Length && _bytes[_at] is not (10 or 13))
                    _at++;
            else
                return;
        }
    }

    private ReadOnlySpan<byte> ReadRegular()
    {
        var start = _at;
        while (_at < _bytes.Length && PdfSyntax.IsRegular(_bytes[_at]))
            _at++;
        return _bytes[start.._at];
    }

    private CMapToken ReadHex()
    {
        _at++;
        var end = _bytes[_at..].IndexOf((byte)'>');
        if (end < 0)
            throw new LeanUnsupportedException("a CMap hex string without its end");
        var body = _bytes.Slice(_at, end);
        _at += end + 1;
        var digits = 0;
        foreach (var b in body)
        {
            if (HexDigit(b) >= 0)
                digits++;
            else if (!PdfSyntax.IsWhite(b))
                throw new LeanUnsupportedException("a CMap hex string with a character that is not a hex digit");
        }
        // an odd last digit is followed by 0, as the PDF specification says
        var bytes = new byte[(digits + 1) / 2];
        var i = 0;
        foreach (var b in body)
        {
            var digit = HexDigit(b);
            if (digit < 0)
                continue;
            bytes[i / 2] |= (byte)(i % 2 == 0 ? digit << 4 : digit);
            i++;
        }
        return new CMapToken(CMapTokenKind.Hex, Bytes: bytes);
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>A literal string, its contents skipped (the CMap entries the text layer needs are all names and hex strings).</summary>
    private CMapToken ReadString()
    {
        _at++;
        var depth = 1;
        while (_at < _bytes.Length)
        {
            var b = _bytes[_at++];
            if (b == '\\')
                _at++;
            else if (b == '(')
                depth++;
            else if (b == ')' && --depth == 0)
                return new CMapToken(CMapTokenKind.String);
        }
        throw new LeanUnsupportedException("a CMap string without its end");
    }

    private CMapToken ReadName()
    {
        _at++;
        var raw = ReadRegular();
        if (raw.IndexOf((byte)'#') >= 0 || raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
            throw new LeanUnsupportedException("a CMap name with a #-escape or a byte outside ASCII");
        return new CMapToken(CMapTokenKind.Name, Text: Encoding.ASCII.GetString(raw));
    }

    private CMapToken ReadNumber()
    {
        var raw = ReadRegular();
        var dots = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == '.')
                dots++;
            else if (b is (byte)'+' or (byte)'-' ? i != 0 : b is < (byte)'0' or > (byte)'9')
                throw new LeanUnsupportedException("a CMap number that is not one");
        }
        if (dots > 1 || !double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            throw new LeanUnsupportedException("a CMap number that is not one");
        return new CMapToken(CMapTokenKind.Number, value);
    }

    private CMapToken ReadOperator()
    {
        var raw = ReadRegular();
        if (raw.IsEmpty)
            throw new LeanUnsupportedException($"a CMap with '{(char)_bytes[_at]}' where a token was expected");
        foreach (var b in raw)
            if (b is not (>= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z'))
                throw new LeanUnsupportedException("a CMap keyword with characters other than letters");
        return new CMapToken(CMapTokenKind.Operator, Text: Encoding.ASCII.GetString(raw));
    }
}
