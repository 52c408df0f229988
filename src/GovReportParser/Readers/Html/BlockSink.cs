using GovReportParser.Model;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Collects the blocks of a page and numbers them as lines of the page's rendered text: a line break advances one,
/// a paragraph break two (the blank line a text export has between paragraphs), and a table takes one line per row.
/// The numbers are therefore what <see cref="TxtReader"/> would give for the page saved as text, which keeps the
/// "gap in line numbers = paragraph boundary" convention later stages rely on. (Source line numbers would not: CMS
/// pages put whole tables on one source line and many paragraphs on consecutive ones.)
/// </summary>
internal sealed class BlockSink
{
    private readonly List<Block> _blocks = [];
    private int _line;

    public IReadOnlyList<Block> Blocks => _blocks;

    public void AddLine(BlockKind kind, string text, LineBreak before) =>
        _blocks.Add(new Block(kind, text, text, new Provenance(Advance(before))));

    public void AddTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var first = Advance(LineBreak.Paragraph);
        _line = first + rows.Count - 1;
        var text = string.Join('\n', rows.Select(r => string.Join('\t', r)));
        _blocks.Add(new Block(BlockKind.Table, text, text, new Provenance(first, EndLine: _line)) { Rows = rows });
    }

    public void AddMetadata(IReadOnlyList<SitePair> pairs)
    {
        var before = LineBreak.Paragraph;
        foreach (var pair in pairs)
        {
            var text = $"{pair.Key}：{pair.Value}";
            _blocks.Add(new Block(BlockKind.Metadata, text, text, new Provenance(Advance(before))) { Rows = [[pair.Key, pair.Value]] });
            before = LineBreak.Line;
        }
    }

    private int Advance(LineBreak before)
    {
        _line += _line == 0 ? 1 : before == LineBreak.Paragraph ? 2 : 1;
        return _line;
    }
}
