using System.Text;

namespace GovReportParser.Readers;

/// <summary>
/// The everyday Han characters of both scripts, derived from the encodings themselves rather than a shipped list:
/// GB2312 level 1 (bytes B0A1–D7F9, the 3,755 most common simplified characters) and Big5 level 1
/// (A440–C67E, the 5,401 常用字). Decoding foreign bytes yields mostly rare characters, which is what makes
/// the share of common ones a good judge of an encoding guess.
/// </summary>
internal static class CommonHan
{
    // One bit a code unit (8 KiB): membership is asked for every character of every decoded file.
    private static readonly Lazy<System.Collections.BitArray> Set = new(Build);

    public static bool Contains(char c) => Set.Value[c];

    private static System.Collections.BitArray Build()
    {
        EncodingSetup.Register();
        var set = new System.Collections.BitArray(char.MaxValue + 1);
        AddRange(set, Encoding.GetEncoding("GB18030"), 0xB0, 0xD7, 0xA1, 0xFE);
        AddRange(set, Encoding.GetEncoding("big5"), 0xA4, 0xC6, 0x40, 0xFE);
        return set;
    }

    private static void AddRange(System.Collections.BitArray set, Encoding encoding, int leadFrom, int leadTo, int trailFrom, int trailTo)
    {
        var pair = new byte[2];
        for (var lead = leadFrom; lead <= leadTo; lead++)
            for (var trail = trailFrom; trail <= trailTo; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                var s = encoding.GetString(pair);
                if (s.Length == 1 && s[0] >= 0x3400 && s[0] != '\uFFFD')
                    set[s[0]] = true;
            }
    }
}
