using System.Text;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// The report's content as one stream, in three aligned views, so that one set of label patterns serves every layout:
/// <see cref="Source"/> keeps the separators a layout has (tab, newline, pipe, table cell) for splitting cells;
/// <see cref="Compact"/> drops all whitespace and separators so labels match whether wrapped, spaced or set vertically.
/// Both are width-folded (full-width digits and brackets → ASCII). Table blocks are rendered as tab-separated rows with
/// colspan repetitions of a label collapsed, so that a label is followed by its own values.
/// </summary>
internal sealed class TableText
{
    private readonly int[] _compactToSource;
    private readonly List<(int Start, Block Block)> _blocks;

    public string Source { get; }
    public string Compact { get; }

    private TableText(string source, string compact, int[] map, List<(int, Block)> blocks)
    {
        Source = source;
        Compact = compact;
        _compactToSource = map;
        _blocks = blocks;
    }

    public static TableText From(IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder();
        var starts = new List<(int, Block)>();
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Furniture or BlockKind.Metadata)
                continue;
            starts.Add((sb.Length, block));
            if (block.Kind == BlockKind.Table && block.Rows is { Count: > 0 } rows)
                foreach (var row in rows)
                    sb.Append(string.Join('\t', CollapseRepeatedLabels(row))).Append('\n');
            else
                sb.Append(block.Text).Append('\n');
        }
        return FromString(Fold(sb.ToString()), starts);
    }

    private static TableText FromString(string source, List<(int, Block)> blocks)
    {
        var compact = Compacted(source);
        var map = new int[compact.Length + 1];
        var length = 0;
        for (var i = 0; i < source.Length; i++)
            if (!IsSeparator(source[i]))
                map[length++] = i;
        map[length] = source.Length;
        return new TableText(source, compact, map, blocks);
    }

    /// <summary>Position in <see cref="Source"/> of a position in <see cref="Compact"/> (its length maps to the end).</summary>
    public int ToSource(int compactIndex) => _compactToSource[Math.Clamp(compactIndex, 0, _compactToSource.Length - 1)];

    /// <summary>Source position of a compact range's end: just after its last character.</summary>
    public int ToSourceEnd(int compactEnd) => compactEnd <= 0 ? 0 : ToSource(compactEnd - 1) + 1;

    /// <summary>The block a source position falls in, for provenance.</summary>
    public Block? BlockAt(int sourceIndex)
    {
        // The last block starting at or before the position; blocks are in source order.
        int low = 0, high = _blocks.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_blocks[middle].Start <= sourceIndex)
            {
                found = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        return found < 0 ? null : _blocks[found].Block;
    }

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '|';

    /// <summary>The text without its separators.</summary>
    public static string Compacted(string s)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(s.Length);
        var length = 0;
        foreach (var c in s)
            if (!IsSeparator(c))
                chars[length++] = c;
        var compact = new string(chars, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        return compact;
    }

    /// <summary>Full-width ASCII variants and the ideographic space folded to ASCII; nothing else changes, lengths are kept.</summary>
    public static string Fold(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
                chars[i] = (char)(c - 0xFEE0);
            else if (c == '\u3000')
                chars[i] = ' ';
            else if (c is '\u2212' or '\u2013')
                chars[i] = '-';
        }
        return new string(chars);
    }

    /// <summary>Colspan expansion repeats a label in neighbouring cells; one copy is the label. Numbers are never collapsed.</summary>
    private static IEnumerable<string> CollapseRepeatedLabels(IReadOnlyList<string> row)
    {
        string? previous = null;
        foreach (var cell in row)
        {
            var text = cell.Trim();
            if (previous is not null && text == previous && text.Length > 0 && !CellText.IsValueText(text))
                continue;
            previous = text;
            yield return text;
        }
    }
}
