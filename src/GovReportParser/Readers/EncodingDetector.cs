using System.Text;
using GovReportParser.Model;

namespace GovReportParser.Readers;

/// <summary>The outcome of detection: the decoded text and the name recorded as <c>source.encoding</c>.</summary>
public sealed record DecodedText(string Text, string Encoding, double Confidence);

/// <summary>
/// Decides how the bytes of a text report are encoded: BOM; UTF-16 without BOM; strict UTF-8; otherwise GB18030 versus
/// Big5 by the share of common Han characters each decoding yields (GB18030 decodes almost any bytes, so "no error" proves
/// little). Empty, binary and undecodable input is refused with the reason.
/// </summary>
public static class EncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static DecodedText Decode(byte[] bytes)
    {
        EncodingSetup.Register();
        if (bytes.Length == 0)
            throw new InvalidInputException("empty file");
        if (BinarySignature(bytes) is { } kind)
            throw new InvalidInputException($"binary file ({kind}), not text");

        var decoded = DecodeByBom(bytes) ?? DecodeUtf16WithoutBom(bytes) ?? DecodeUtf8(bytes) ?? DecodeLegacy(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new InvalidInputException("empty file (only white space)");
        var plausibility = Plausibility(decoded.Text);
        if (plausibility < 0.85)
            throw new InvalidInputException($"binary or undecodable content ({plausibility:P0} readable characters as {decoded.Encoding})");
        return decoded;
    }

    private static DecodedText? DecodeByBom(byte[] b)
    {
        if (b is [0xEF, 0xBB, 0xBF, ..])
            return Strict(StrictUtf8, b, 3, "utf-8");
        if (b is [0xFF, 0xFE, ..])
            return Strict(new UnicodeEncoding(false, false, true), b, 2, "utf-16le");
        if (b is [0xFE, 0xFF, ..])
            return Strict(new UnicodeEncoding(true, false, true), b, 2, "utf-16be");
        if (b is [0x84, 0x31, 0x95, 0x33, ..])
            return new DecodedText(Encoding.GetEncoding("GB18030").GetString(b, 4, b.Length - 4), "gb18030", 1);
        return null;
    }

    private static DecodedText Strict(Encoding encoding, byte[] b, int offset, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(b, offset, b.Length - offset), name, 1);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException($"declares {name} by its byte-order mark but is not valid {name}");
        }
    }

    /// <summary>UTF-16 text without a BOM: ASCII gives NULs in one byte parity; Han text gives common Han in one byte order.</summary>
    private static DecodedText? DecodeUtf16WithoutBom(byte[] b)
    {
        if (b.Length < 4 || b.Length % 2 != 0)
            return null;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < b.Length; i += 2)
        {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        // Han text in UTF-16 is never valid UTF-8 at any length, so valid UTF-8 without NULs needs no UTF-16 decoding.
        if (evenNul + oddNul == 0 && IsValidUtf8(b))
            return null;
        var pairs = b.Length / 2;
        var candidates = new List<DecodedText>();
        foreach (var bigEndian in new[] { false, true })
        {
            var nulInHigh = bigEndian ? evenNul : oddNul;
            var nulInLow = bigEndian ? oddNul : evenNul;
            var text = new UnicodeEncoding(bigEndian, false, false).GetString(b);
            var share = CommonShare(text);
            var asciiPattern = nulInHigh > pairs * 0.2 && nulInLow < pairs * 0.02;
            if (asciiPattern || share > 0.9)
                candidates.Add(new DecodedText(text, bigEndian ? "utf-16be" : "utf-16le", share));
        }
        return candidates.Count == 0 ? null : candidates.MaxBy(c => c.Confidence);
    }

    private static DecodedText? DecodeUtf8(byte[] b)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(b), "utf-8", 1);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(byte[] b) => System.Text.Unicode.Utf8.IsValid(b);

    private static DecodedText DecodeLegacy(byte[] b)
    {
        var gb = Encoding.GetEncoding("GB18030").GetString(b);
        var big5 = Encoding.GetEncoding("big5").GetString(b);
        var gbScore = CommonShare(gb);
        var big5Score = CommonShare(big5);
        return big5Score > gbScore
            ? new DecodedText(big5, "big5", big5Score)
            : new DecodedText(gb, "gb18030", gbScore);
    }

    /// <summary>Share of characters that are common Han, ASCII text, CJK punctuation or full-width forms; replacement characters count against.</summary>
    internal static double CommonShare(string text) => Share(text, countAscii: true);

    /// <summary>
    /// True when the bytes read as Chinese text: decoded as UTF-8 (when valid) or as GB18030/Big5, their non-ASCII
    /// characters are at least <see cref="HanTextShare"/> common Han and CJK punctuation. Any single-byte charset accepts any
    /// bytes, so a page declaring one (iso-8859-1, windows-1252) is believed only when this is false; real Latin text
    /// read as GB18030 gives rare characters and replacement characters instead.
    /// </summary>
    internal static bool ReadsAsHanText(byte[] bytes)
    {
        EncodingSetup.Register();
        var text = DecodeUtf8(bytes)?.Text ?? DecodeLegacy(bytes).Text;
        return Share(text, countAscii: false) >= HanTextShare;
    }

    private const double HanTextShare = 0.9;

    private static double Share(string text, bool countAscii)
    {
        int good = 0, total = 0;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or ' ' or '\t' || !countAscii && c < '\u0080')
                continue;
            total++;
            if (c is >= '!' and <= '~' || CommonHan.Contains(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF01' and <= '\uFF5E'
                || c is '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7')
                good++;
        }
        return total == 0 ? 0 : (double)good / total;
    }

    /// <summary>Share of characters that are printable (no controls, no replacement characters, no private use).</summary>
    private static double Plausibility(string text)
    {
        int bad = 0, total = 0;
        foreach (var c in text)
        {
            total++;
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')) || c is >= '\uE000' and <= '\uF8FF')
                bad++;
        }
        return total == 0 ? 0 : 1 - (double)bad / total;
    }

    private static string? BinarySignature(byte[] b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "PDF",
        [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP/Office",
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG",
        [0x47, 0x49, 0x46, 0x38, ..] => "GIF",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "OLE/old Office",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "ELF executable",
        [0x1F, 0x8B, ..] => "gzip",
        _ => null,
    };
}
