using System.Text;

namespace GovReportParser.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Whether a Type 1 program (PFA/PFB text or CFF) declares the usual font matrix [0.001 0 0 0.001 0 0]. PdfPig's
/// Type1FontSimple scales the descriptor's ascent and descent by the program's matrix, and by that same usual matrix
/// when it has no program or cannot parse it; so a program declaring the usual matrix (or, in CFF, none, whose default is
/// the usual one) gives the same line box whether PdfPig parses it or not. Any other matrix, or one not found, is refused.
/// </summary>
internal static class Type1FontMatrix
{
    private static readonly string[] Usual = ["0.001", "0", "0", "0.001", "0", "0"];

    public static void RequireUsual(ReadOnlySpan<byte> program, bool isCff)
    {
        var matrix = isCff ? FromCff(program) : FromText(program);
        if (matrix is not null && !Equal(matrix))
            throw new LeanUnsupportedException($"a Type 1 program with the font matrix [{string.Join(' ', matrix)}]");
    }

    private static bool Equal(string[] matrix) =>
        matrix.Length == 6 && matrix.Select(Normal).SequenceEqual(Usual);

    /// <summary>A number's text without redundant zeros and signs ("1e-3" and ".0010" count as written otherwise and are refused).</summary>
    private static string Normal(string number)
    {
        var n = number.StartsWith('+') ? number[1..] : number;
        if (n.StartsWith('.'))
            n = "0" + n;
        if (n.Contains('.'))
            n = n.TrimEnd('0').TrimEnd('.');
        return n is "-0" or "" ? "0" : n;
    }

    /// <summary>The numbers of "/FontMatrix [ … ]" in the program's clear text (null is never returned: not found is refused).</summary>
    private static string[] FromText(ReadOnlySpan<byte> program)
    {
        var key = "/FontMatrix"u8;
        var at = program.IndexOf(key);
        if (at < 0)
            throw new LeanUnsupportedException("a Type 1 program whose font matrix is not found");
        var rest = program[(at + key.Length)..];
        var open = rest.IndexOfAnyExcept(" \t\r\n"u8);
        var close = rest.IndexOf((byte)']');
        if (open < 0 || rest[open] is not ((byte)'[' or (byte)'{') || close < open)
            throw new LeanUnsupportedException("a Type 1 program whose font matrix is not an array");
        var text = Encoding.ASCII.GetString(rest[(open + 1)..close]).TrimEnd('}', ' ');
        return text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The FontMatrix operands of a CFF program's first Top DICT, or null when it has none.</summary>
    private static string[]? FromCff(ReadOnlySpan<byte> cff)
    {
        if (cff.Length < 4)
            throw new LeanUnsupportedException("a CFF program too short");
        var at = (int)cff[2];
        SkipIndex(cff, ref at); // Name INDEX
        var dict = FirstOfIndex(cff, at);
        var operands = new List<string>();
        for (var i = 0; i < dict.Length;)
        {
            var b = dict[i];
            if (b <= 21)
            {
                var op = b == 12 ? 1200 + Byte(dict, i + 1) : b;
                i += b == 12 ? 2 : 1;
                if (op == 1207)
                    return operands.ToArray();
                operands.Clear();
            }
            else
                operands.Add(Operand(dict, ref i));
        }
        return null;
    }

    private static int Byte(ReadOnlySpan<byte> data, int i) =>
        i < data.Length ? data[i] : throw new LeanUnsupportedException("a CFF program cut short");

    private static string Operand(ReadOnlySpan<byte> d, ref int i)
    {
        var b0 = d[i];
        switch (b0)
        {
            case >= 32 and <= 246: i += 1; return (b0 - 139).ToString();
            case >= 247 and <= 250: i += 2; return ((b0 - 247) * 256 + Byte(d, i - 1) + 108).ToString();
            case >= 251 and <= 254: i += 2; return (-(b0 - 251) * 256 - Byte(d, i - 1) - 108).ToString();
            case 28: i += 3; return ((short)(Byte(d, i - 2) << 8 | Byte(d, i - 1))).ToString();
            case 29: i += 5; return (Byte(d, i - 4) << 24 | Byte(d, i - 3) << 16 | Byte(d, i - 2) << 8 | Byte(d, i - 1)).ToString();
            case 30: return Real(d, ref i);
            default: throw new LeanUnsupportedException("a CFF DICT with a reserved byte");
        }
    }

    /// <summary>A CFF real: nibbles of digits, '.', 'E', 'E-', '-', ended by 0xf.</summary>
    private static string Real(ReadOnlySpan<byte> d, ref int i)
    {
        var text = new StringBuilder();
        for (i++; ; i++)
        {
            var b = Byte(d, i);
            foreach (var nibble in new[] { b >> 4, b & 0xF })
            {
                switch (nibble)
                {
                    case <= 9: text.Append((char)('0' + nibble)); break;
                    case 0xA: text.Append('.'); break;
                    case 0xB: text.Append('E'); break;
                    case 0xC: text.Append("E-"); break;
                    case 0xE: text.Append('-'); break;
                    case 0xF: i++; return text.ToString();
                    default: throw new LeanUnsupportedException("a CFF real with a reserved nibble");
                }
            }
        }
    }

    private static void SkipIndex(ReadOnlySpan<byte> cff, ref int at)
    {
        var count = Byte(cff, at) << 8 | Byte(cff, at + 1);
        if (count == 0)
        {
            at += 2;
            return;
        }
        var offSize = Byte(cff, at + 2);
        var last = Offset(cff, at + 3 + count * offSize, offSize);
        at = at + 3 + (count + 1) * offSize - 1 + last;
    }

    private static ReadOnlySpan<byte> FirstOfIndex(ReadOnlySpan<byte> cff, int at)
    {
        var count = Byte(cff, at) << 8 | Byte(cff, at + 1);
        if (count == 0)
            throw new LeanUnsupportedException("a CFF program without a Top DICT");
        var offSize = Byte(cff, at + 2);
        var dataStart = at + 3 + (count + 1) * offSize - 1;
        var first = Offset(cff, at + 3, offSize);
        var second = Offset(cff, at + 3 + offSize, offSize);
        if (first < 1 || second < first || (long)dataStart + second > cff.Length)
            throw new LeanUnsupportedException("a CFF Top DICT INDEX out of bounds");
        return cff[(dataStart + first)..(dataStart + second)];
    }

    private static int Offset(ReadOnlySpan<byte> cff, int at, int size)
    {
        if (size is < 1 or > 4)
            throw new LeanUnsupportedException("a CFF INDEX with an offset size other than 1 to 4");
        var value = 0L;
        for (var k = 0; k < size; k++)
            value = value << 8 | (uint)Byte(cff, at + k);
        return value <= int.MaxValue / 2 ? (int)value : throw new LeanUnsupportedException("a CFF INDEX offset too large");
    }
}
