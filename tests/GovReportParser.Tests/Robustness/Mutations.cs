using System.Text;

namespace GovReportParser.Tests.Robustness;

/// <summary>Ways real files get damaged: cut short, bits flipped, bytes inserted or lost, chunks repeated, noise.</summary>
internal static class Mutations
{
    public static byte[] Apply(byte[] source, Random random)
    {
        var bytes = source.ToArray();
        return random.Next(8) switch
        {
            0 => bytes[..random.Next(bytes.Length + 1)],
            1 => FlipBytes(bytes, random, 1 + random.Next(8)),
            2 => FlipBytes(bytes, random, 1 + bytes.Length / 50),
            3 => Insert(bytes, random),
            4 => Delete(bytes, random),
            5 => Repeat(bytes, random),
            6 => Noise(random, random.Next(1, 4096)),
            _ => Splice(bytes, Noise(random, random.Next(1, 256)), random),
        };
    }

    private static byte[] FlipBytes(byte[] bytes, Random random, int count)
    {
        for (var i = 0; i < count && bytes.Length > 0; i++)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return bytes;
    }

    private static byte[] Insert(byte[] bytes, Random random) => Splice(bytes, [(byte)random.Next(256)], random);

    private static byte[] Delete(byte[] bytes, Random random)
    {
        if (bytes.Length < 2)
            return bytes;
        var at = random.Next(bytes.Length - 1);
        var length = random.Next(1, Math.Min(64, bytes.Length - at));
        return [.. bytes[..at], .. bytes[(at + length)..]];
    }

    private static byte[] Repeat(byte[] bytes, Random random)
    {
        if (bytes.Length < 2)
            return bytes;
        var at = random.Next(bytes.Length - 1);
        var chunk = bytes[at..Math.Min(bytes.Length, at + random.Next(1, 512))];
        return Splice(bytes, [.. chunk, .. chunk, .. chunk], random);
    }

    private static byte[] Splice(byte[] bytes, byte[] insert, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>One line of <paramref name="megabytes"/> MB made of a sample's text repeated without a line break.</summary>
    public static byte[] HugeLine(string sampleText, int megabytes)
    {
        var flat = sampleText.Replace("\r", "").Replace("\n", "");
        var builder = new StringBuilder(megabytes * 1024 * 1024 / 3 + flat.Length);
        while (builder.Length * 3L < megabytes * 1024L * 1024) // Han text is three bytes a character in UTF-8
            builder.Append(flat);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
