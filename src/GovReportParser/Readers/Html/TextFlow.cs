using System.Text;

namespace GovReportParser.Readers.Html;

/// <summary>How strongly two pieces of rendered text are separated.</summary>
internal enum LineBreak
{
    None = 0,
    /// <summary>A new line within a paragraph: <c>&lt;br&gt;</c>, <c>&lt;li&gt;</c>, a table row.</summary>
    Line = 1,
    /// <summary>A new paragraph: <c>&lt;p&gt;</c>, <c>&lt;div&gt;</c>, headings, tables; rendered as a blank line.</summary>
    Paragraph = 2,
}

/// <summary>
/// Turns the text nodes and boundaries of a DOM walk into lines the way a browser renders them: runs of white space
/// (including <c>&amp;nbsp;</c>) collapse to one space, a source line break between two Chinese characters vanishes
/// (CSS Text 3 segment-break rule, so an editor's hard wrap does not put a space inside a word), zero-width characters
/// go, and each finished line is trimmed of ASCII and full-width spaces. Full-width spaces inside a line are kept:
/// they are characters of the text (<c>年　度　报　告</c>), not layout.
/// </summary>
internal sealed class TextFlow(Action<string, LineBreak> onLine)
{
    private readonly StringBuilder _line = new();
    private LineBreak _before = LineBreak.None;
    private bool _space;
    private bool _spaceHasSegmentBreak;
    private bool _spaceHasNbsp;

    /// <summary>Every line the flow finished, joined so that Chinese text runs on and other text gets a space.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0 && !(IsWide(sb[^1]) && IsWide(line[0])))
                sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    public void Text(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                if (!_space)
                    _spaceHasSegmentBreak = _spaceHasNbsp = false;
                _spaceHasSegmentBreak |= c is '\n' or '\r';
                _spaceHasNbsp |= c == '\u00A0';
                _space = true;
                continue;
            }
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsControl(c))
                continue;
            if (_space && _line.Length > 0 && !(_spaceHasSegmentBreak && !_spaceHasNbsp && IsWide(_line[^1]) && IsWide(c)))
                _line.Append(' ');
            _space = false;
            _line.Append(c);
        }
    }

    /// <summary>Text of a <c>&lt;pre&gt;</c>: its line breaks are lines and its spaces and tabs are kept.</summary>
    public void Preformatted(string data)
    {
        foreach (var c in data)
        {
            if (c == '\n')
                LineFeed();
            else if (c != '\r')
                _line.Append(c);
        }
    }

    /// <summary>A block boundary: finishes the current line; the strongest boundary before the next line is remembered.</summary>
    public void Break(LineBreak kind)
    {
        if (kind == LineBreak.None)
            return;
        FinishLine();
        if (kind > _before)
            _before = kind;
    }

    /// <summary>
    /// The edge of an inline box (<see cref="Boundaries.IsInlineBox"/>): boxes side by side stand apart on screen by their
    /// widths, so their texts are parted by a space, even between Chinese characters (<c>规范性文件</c> <c>8</c> <c>9</c>, not
    /// <c>规范性文件89</c>). A line does not start with it.
    /// </summary>
    public void Gap()
    {
        // Kept as a no-break space is: a source line break beside it does not make it vanish between Chinese characters.
        _space = true;
        _spaceHasNbsp = true;
    }

    /// <summary>A <c>&lt;br&gt;</c>: ends a line with text; a second one in a row leaves a blank line, i.e. a paragraph break.</summary>
    public void LineFeed()
    {
        if (HasText)
            Break(LineBreak.Line);
        else if (_before >= LineBreak.Line)
            _before = LineBreak.Paragraph;
        else
            _before = LineBreak.Line;
    }

    public void Finish() => FinishLine();

    private bool HasText => _line.ToString().AsSpan().Trim(" \u3000").Length > 0;

    private void FinishLine()
    {
        var text = _line.ToString().Trim(' ', '\u3000');
        _line.Clear();
        _space = false;
        if (text.Length == 0)
            return;
        onLine(text, _before);
        _before = LineBreak.None;
    }

    /// <summary>East Asian wide characters (Han, kana, CJK punctuation, full-width forms), Hangul excepted as CSS does.</summary>
    internal static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' || char.IsSurrogate(c);
}
