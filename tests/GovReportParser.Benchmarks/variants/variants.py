#!/usr/bin/env python3
"""Variant harness: the reports we have, written out in shapes other pipelines produce, scored against their gold.

usage: variants.py [--only VARIANT,...] [--sets SET,...] [--work DIR] [--govreport DLL] [-v]

Every variant is a transformation of a source file that keeps its content (so the original's gold still holds):
text variants apply to the txt sources, html variants to the HTML sources, and `chromium-pdf*` print an HTML source
(or its CMS-wrapped variant) with headless Chromium (needs `chromium` and a Han font, fonts-wqy-microhei).

Sets (gold in ../shared, which this tool reads; the product and `dotnet test` never need it):
  samples       ../shared/samples/*.txt            gold samples/gold
  samples-html  ../shared/samples/html/*.html      gold samples/gold
  corpus        ../shared/corpus/raw/00[5-8].txt   gold corpus/gold
  corpus-html   ../shared/corpus/raw/009,010.html  gold corpus/gold
  extracted     ../shared/corpus/extracted/pdftotext-layout/*.txt   gold corpus/extracted/gold
  pdftotext     ../shared/corpus/extracted/pdftotext/*.txt          gold corpus/extracted/gold
  pypdf         ../shared/corpus/extracted/pypdf/*.txt              gold corpus/extracted/gold

For each (variant, set) the tool writes the variant files into WORK/in/VARIANT/SET/ID.ext, runs
`govreport batch --isolation none` into WORK/out/VARIANT/SET, scores with ../shared/tools/score and prints one table
row: variant, set, score, points, wrong, and how many metrics (scored or not) differ from the original's output
of that set (run `original` first). `-v` keeps the scorer's misses in WORK/out/VARIANT/SET.score.
Build first: dotnet build src/GovReportParser.Cli -c Release -o /tmp/variants-bin
"""
import html as htmllib, json, os, random, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
SCORE = os.path.join(SHARED, "tools", "score")

SETS = {
    "samples": (os.path.join(SHARED, "samples"), r"\.txt$", os.path.join(SHARED, "samples", "gold")),
    "samples-html": (os.path.join(SHARED, "samples", "html"), r"\.html$", os.path.join(SHARED, "samples", "gold")),
    "corpus": (os.path.join(SHARED, "corpus", "raw"), r"^00[5-8]\.txt$", os.path.join(SHARED, "corpus", "gold")),
    "corpus-html": (os.path.join(SHARED, "corpus", "raw"), r"^0(09|10)\.html$", os.path.join(SHARED, "corpus", "gold")),
    "extracted": (os.path.join(SHARED, "corpus", "extracted", "pdftotext-layout"), r"\.txt$",
                  os.path.join(SHARED, "corpus", "extracted", "gold")),
    "pdftotext": (os.path.join(SHARED, "corpus", "extracted", "pdftotext"), r"\.txt$",
                  os.path.join(SHARED, "corpus", "extracted", "gold")),
    "pypdf": (os.path.join(SHARED, "corpus", "extracted", "pypdf"), r"\.txt$",
              os.path.join(SHARED, "corpus", "extracted", "gold")),
}
TEXT_SETS = ("samples", "corpus", "extracted", "pdftotext", "pypdf")
HTML_SETS = ("samples-html", "corpus-html")

# ---------------------------------------------------------------- text variants (str -> str, or bytes for encodings)

def columns(c):
    """Display columns of a character: Han and full-width forms take 2, others 1 (as glyph widths in a PDF)."""
    return 2 if ord(c) >= 0x1100 else 1

def rewrap(text, width=56):
    """Hard line breaks at `width` display columns, mid-sentence, as an extractor gives a narrow PDF column."""
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            out.append(line)
            continue
        start, used = 0, 0
        for i, c in enumerate(line):
            if used + columns(c) > width:
                out.append(line[start:i])
                start, used = i, 0
            used += columns(c)
        out.append(line[start:])
    return "\n".join(out)

def blank_between(text):
    """A blank line between every two lines (some converters double every newline)."""
    return "\n\n".join(text.split("\n"))

def furniture(text, every=23):
    """Page header/footer lines injected every `every` lines, tables included: a page count, a dash page number
    and a running title, as printed reports carry them."""
    lines = text.split("\n")
    title = next((l.strip() for l in lines if l.strip()), "")[:30]
    pages = len(lines) // every + 1
    out = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            n = i // every
            out += [f"- {n} -", f"第 {n} 页 共 {pages} 页", title] if n % 2 else [f"第 {n} 页 共 {pages} 页", title]
        out.append(line)
    return "\n".join(out)

FULL = str.maketrans({**{chr(ord("0") + i): chr(0xFF10 + i) for i in range(10)}, " ": "\u3000", ".": "．"})

def fullwidth(text):
    """Full-width digits, ideographic spaces and full-width dots."""
    return text.translate(FULL)

def crlf(text):
    return text.replace("\n", "\r\n")

def gb18030(text):
    """GB18030 bytes, no charset anywhere (returned as bytes)."""
    return text.encode("gb18030", errors="replace")

def _s2t_table():
    table = {}
    path = os.path.join(REPO, "src", "GovReportParser", "Normalisation", "Dictionaries", "TSCharacters.txt")
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            simp = parts[1].split(" ")[0]
            if len(simp) == 1 and simp != parts[0]:
                table.setdefault(simp, parts[0])
    return table

_S2T = None

def traditional(text):
    """Traditional characters: each simplified character replaced by the first traditional one OpenCC's
    TSCharacters maps to it (the inverse of the parser's own dictionary)."""
    global _S2T
    _S2T = _S2T or str.maketrans(_s2t_table())
    return text.translate(_S2T)

LAYOUT_GAP = re.compile(r" {2,}|\t+")

def cells(line):
    """The cells of a table line: tab-separated, or (layout-keeping extractors) three or more runs of text apart by
    two or more spaces; None for a line that is not a table row."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    parts = [c for c in LAYOUT_GAP.split(line.strip()) if c]
    return parts if len(parts) >= 3 and re.search(r"[0-9]", line) else None

HEADING = re.compile(r"^\s*([一二三四五六七八九十]+、)")
SUBHEADING = re.compile(r"^\s*([（(][一二三四五六七八九十]+[)）])")

def markdown(text):
    """A markdown converter's output: the first line as `#`, numbered headings as `##`/`###`, tab-separated table
    rows as pipe rows with a separator row after the first row of each table, blank cells as bare pipes."""
    out, in_table, first = [], False, True
    for line in text.split("\n"):
        row = cells(line)
        if row:
            out.append("| " + " | ".join(row) + " |")
            if not in_table:
                out.append("|" + "---|" * len(row))
            in_table = True
            continue
        if in_table:
            out.append("")
        in_table = False
        if first and line.strip():
            out.append("# " + line.strip())
            first = False
        elif HEADING.match(line):
            out.append("## " + line.strip())
        elif SUBHEADING.match(line):
            out.append("### " + line.strip())
        else:
            out.append(line)
    return "\n".join(out)

def md_every_separator(text):
    """Another converter's markdown: a separator row after every table row, padded pipes, an empty trailing cell."""
    out = []
    for line in text.split("\n"):
        row = cells(line)
        if row:
            out.append("|  " + "  |  ".join(row) + "  |  |")
            out.append("|" + " --- |" * (len(row) + 1))
        else:
            out.append(line)
    return "\n".join(out)

def md_bold(text):
    """Headings as bold markdown (`**一、总体情况**`), as another converter writes them."""
    return "\n".join("**" + l.strip() + "**" if HEADING.match(l) else l for l in text.split("\n"))

def cell_per_line(text):
    """Tables flattened to one cell per line in reading order (tab rows split), as text-layer extractors give them."""
    out = []
    for line in text.split("\n"):
        row = cells(line)
        if row:
            out.extend(c for c in row if c)
        else:
            out.append(line)
    return "\n".join(out)

def spaced_tabs(text):
    """Tab-separated cells written with runs of spaces instead, as a layout-keeping extractor does."""
    return "\n".join(re.sub(r"\t+", "    ", l) for l in text.split("\n"))

def spaced_headings(text):
    """Numbered headings with a space before the enumeration comma (`一 、总体情况`)."""
    return "\n".join(re.sub(r"^(\s*[一二三四五六七八九十]+)、", r"\1 、", l) for l in text.split("\n"))

TEXT_VARIANTS = {
    "original": lambda t: t,
    "rewrap": rewrap,
    "blank-lines": blank_between,
    "furniture": furniture,
    "fullwidth": fullwidth,
    "crlf": crlf,
    "gb18030": gb18030,
    "traditional": traditional,
    "markdown": markdown,
    "md-bold": md_bold,
    "md-separators": md_every_separator,
    "cell-per-line": cell_per_line,
    "spaced-tabs": spaced_tabs,
    "spaced-headings": spaced_headings,
    "cells+furniture": lambda t: furniture(cell_per_line(t)),
    "rewrap+blank": lambda t: blank_between(rewrap(t)),
}

# ---------------------------------------------------------------- HTML variants

def body_of(doc):
    m = re.search(r"<body[^>]*>(.*)</body>", doc, re.S | re.I)
    return m.group(1) if m else doc

def title_of(doc):
    m = re.search(r"<title[^>]*>(.*?)</title>", doc, re.S | re.I)
    return htmllib.unescape(m.group(1)).strip() if m else ""

def cms_nested(doc):
    """The page inside another CMS's layout: nested layout tables and divs, a navigation bar, a breadcrumb, a
    '相关文章' list and a footer, the <title> with a `_栏目_站点` suffix and the ArticleTitle meta."""
    title = title_of(doc)
    related = "".join(f'<li><a href="/a/{i}.html">某某县{2015 + i}年政府信息公开工作年度报告</a><span>2016-0{i}-1{i}</span></li>'
                      for i in range(1, 5))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="{htmllib.escape(title)}">
<title>{htmllib.escape(title)}_政府信息公开年报_某某县人民政府门户网站</title></head>
<body><table width="1000" align="center"><tr><td>
<div id="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<table width="100%"><tr><td class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</td></tr></table>
<table width="100%"><tr><td width="760" valign="top"><div class="content"><div class="inner">
{body_of(doc)}
</div></div>
<div class="share">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a></div>
</td><td width="240" valign="top"><div class="side"><h3>相关文章</h3><ul>{related}</ul></div></td></tr></table>
<div id="footer">主办：某某县人民政府办公室 版权所有 地址：某某路1号 备案号：某ICP备00000000号</div>
</td></tr></table></body></html>"""

def th_br(doc):
    """Table header cells as <th>, and a <br> inside every long cell (label cells wrapped by the CMS editor)."""
    def row(m):
        r = m.group(0)
        return re.sub(r"<td([^>]*)>", r"<th\1>", r, flags=re.I).replace("</td>", "</th>").replace("</TD>", "</th>")
    doc = re.sub(r"<table[^>]*>\s*(<tbody[^>]*>\s*)?<tr[^>]*>.*?</tr>",
                 lambda m: row(m), doc, flags=re.S | re.I)
    def br(m):
        inner = m.group(2)
        if "<" in inner or len(inner) < 8:
            return m.group(0)
        cut = len(inner) // 2
        return f"<{m.group(1)}>{inner[:cut]}<br>{inner[cut:]}</"
    return re.sub(r"<(t[dh][^>]*)>([^<]*)</", br, doc, flags=re.I)

def br_paragraphs(doc):
    """The article as one block of lines: paragraphs closed by <br> instead of </p><p> (editors pasting from Word)."""
    return re.sub(r"</p>\s*<p[^>]*>", "<br>\n", doc, flags=re.I)

# Tables as other CMS templates and editors write them. `data_tables` finds the innermost tables (layout tables around
# them are left alone) and hands each one's rows of cells, (inner HTML, colspan, rowspan), to a renderer.

INNERMOST_TABLE = re.compile(r"<table\b[^>]*>((?:(?!<table\b).)*?)</table>", re.S | re.I)
ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
CELL = re.compile(r"<t[dh]\b([^>]*)>(.*?)</t[dh]>", re.S | re.I)

def span_of(attrs, name):
    m = re.search(name + r"""\s*=\s*["']?([0-9]+)""", attrs, re.I)
    return max(1, int(m.group(1))) if m else 1

def data_tables(doc, render):
    """Each innermost table replaced by render(rows), rows of (inner HTML, colspan, rowspan) as the table writes them."""
    def one(m):
        rows = [[(c.group(2), span_of(c.group(1), "colspan"), span_of(c.group(1), "rowspan")) for c in CELL.finditer(r.group(1))]
                for r in ROW.finditer(m.group(1))]
        return render([r for r in rows if r]) if rows else m.group(0)
    return INNERMOST_TABLE.sub(one, doc)

def grid_of(rows):
    """The table's grid, spans expanded as HTML's table model does: a spanning cell's HTML in its top-left slot, the other
    slots it covers empty (the shape the samples' tables already have); each slot is (HTML, colspan, rowspan) at the
    top-left, None where covered."""
    grid = {}
    for y, row in enumerate(rows):
        x = 0
        for html, cs, rs in row:
            while (y, x) in grid:
                x += 1
            for yy in range(y, min(y + rs, len(rows))):
                for xx in range(x, x + cs):
                    grid.setdefault((yy, xx), (html, cs, rs) if (yy, xx) == (y, x) else None)
            x += cs
    width = max((x for _, x in grid), default=-1) + 1
    return [[grid.get((y, x), ("", 1, 1)) for x in range(width)] for y in range(len(rows))]

def text_of(html):
    """A cell's text: its tags dropped (a <br> or </p> inside it as a space), white space collapsed."""
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\b[^>]*>|</p>", " ", html, flags=re.I)))
    return re.sub(r"\s+", " ", text).strip()

def flat(html):
    """A cell's text as HTML with no markup: what a flattened table (no cells, no paragraphs inside them) holds."""
    return htmllib.escape(text_of(html), quote=False)

def is_value(html):
    return re.fullmatch(r"[-0-9.,%％ ]*", text_of(html)) is not None

def merged(rows):
    """Header and label cells merged as a CMS or Word exports them (for tables written flat, as the samples' are): a cell
    with words takes the empty cells after it in its row as colspan and the empty cells below as rowspan; values never
    span. Tables that already span are kept as written. Returns rows of (HTML, colspan, rowspan)."""
    if any(cs > 1 or rs > 1 for row in rows for _, cs, rs in row):
        return rows
    grid = [[html for html, _, _ in row] for row in grid_of(rows)]
    height, width = len(grid), len(grid[0]) if grid else 0
    taken, out = set(), []
    for y in range(height):
        row = []
        for x in range(width):
            if (y, x) in taken:
                continue
            cs = rs = 1
            if text_of(grid[y][x]) and not is_value(grid[y][x]):
                while x + cs < width and (y, x + cs) not in taken and not text_of(grid[y][x + cs]):
                    cs += 1
                while y + rs < height and all((y + rs, xx) not in taken and not text_of(grid[y + rs][xx]) for xx in range(x, x + cs)):
                    rs += 1
            taken.update((yy, xx) for yy in range(y, y + rs) for xx in range(x, x + cs))
            row.append((grid[y][x], cs, rs))
        out.append(row)
    return out

def span_attrs(cs, rs):
    return (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")

def spans(doc):
    """Table headers and labels merged with rowspan/colspan (table 3's multi-level header as a CMS or Word exports it),
    the header rows as <th> in a <thead>; the cells a span covers are absent."""
    def render(rows):
        rows = merged(rows)
        head = 0
        while head < len(rows) - 1 and not any(is_value(h) and text_of(h) for h, _, _ in rows[head]):
            head += 1
        def tr(row, tag):
            return "<tr>" + "".join(f"<{tag}{span_attrs(cs, rs)}>{h}</{tag}>" for h, cs, rs in row) + "</tr>\n"
        return ('<table border="1">\n<thead>\n' + "".join(tr(r, "th") for r in rows[:head]) + "</thead>\n<tbody>\n"
                + "".join(tr(r, "td") for r in rows[head:]) + "</tbody>\n</table>")
    return data_tables(doc, render)

def div_table(doc):
    """Tables drawn with <div>s styled display:table / table-row / table-cell (no spans there: a spanned slot is an
    empty cell), as some CMS templates do."""
    def render(rows):
        cells = lambda row: "".join(f'<div class="td" style="display:table-cell">{h if h else ""}</div>'
                                    for h in ((c[0] if c else "") for c in row))
        return ('<div class="table" style="display:table;border-collapse:collapse">\n'
                + "".join(f'<div class="tr" style="display:table-row">{cells(r)}</div>\n' for r in grid_of(rows)) + "</div>")
    return data_tables(doc, render)

def div_grid(doc):
    """Tables drawn as a CSS grid of <div>s: one container with grid-template-columns, one <div> a cell in reading order,
    spans as grid-column / grid-row (the cells a span covers are absent)."""
    def render(rows):
        rows = merged(rows)
        width = len(grid_of(rows)[0]) if rows else 0
        def cell(h, cs, rs):
            style = (f"grid-column:span {cs};" if cs > 1 else "") + (f"grid-row:span {rs};" if rs > 1 else "")
            return f'<div class="cell" style="{style}">{h}</div>' if style else f'<div class="cell">{h}</div>'
        return (f'<div class="grid-table" style="display:grid;grid-template-columns:repeat({width}, 1fr)">\n'
                + "".join(cell(*c) for row in rows for c in row) + "\n</div>")
    return data_tables(doc, render)

def p_cells(doc):
    """No table markup at all: one <p> a cell in reading order (an editor pasting a table as text), spanned slots absent."""
    return data_tables(doc, lambda rows: "\n".join(f"<p>{flat(h)}</p>" for row in rows for h, _, _ in row if text_of(h)))

def span_rows(doc):
    """No table markup: one <p> a row, each cell a <span> parted from the next by a space in the source."""
    return data_tables(doc, lambda rows: "\n".join(
        "<p>" + " ".join(f"<span>{flat(h)}</span>" for h, _, _ in row if text_of(h)) + "</p>" for row in rows))

def inline_cells(doc):
    """No table markup: one <p> a row, each cell a <span style="display:inline-block;width:…"> with nothing between the
    spans (their widths alone set the cells apart on screen), as CMS templates that draw tables with styled spans do."""
    def cell(h):
        return f'<span style="display:inline-block;width:{max(60, 14 * len(text_of(h)))}px">{flat(h)}</span>'
    return data_tables(doc, lambda rows: "\n".join(
        "<p>" + "".join(cell(h) for h, _, _ in row if text_of(h)) + "</p>" for row in rows))

WORD_RUN = re.compile(r"[0-9]+|[^0-9]+")

def word_cells(doc):
    """Cells as Word's HTML writes them: each cell's text in a <p class=MsoNormal>, split into <span> runs at every change
    between digits and words (digits lang=EN-US), Word's source line breaks inside the tags (never between the runs,
    where they would be white space the page does not show)."""
    def run(t):
        return (f'<span\nlang=EN-US style="font-size:10.5pt">{t}</span>' if t[0].isdigit()
                else f'<span\nstyle="font-family:宋体;font-size:10.5pt">{htmllib.escape(t)}</span>')
    def cell(h, cs, rs):
        text = text_of(h)
        inner = "".join(run(t) for t in WORD_RUN.findall(text)) if text else "&nbsp;"
        return f'<td{span_attrs(cs, rs)} valign=center><p class=MsoNormal align=center>{inner}</p></td>'
    return data_tables(doc, lambda rows: '<table class=MsoNormalTable border=1 cellspacing=0>\n'
                       + "".join("<tr>" + "".join(cell(*c) for c in row) + "</tr>\n" for row in rows) + "</table>")

HTML_VARIANTS = {
    "original": lambda d: d,
    "cms-nested": cms_nested,
    "th-br": th_br,
    "br-paragraphs": br_paragraphs,
    "spans": spans,
    "div-table": div_table,
    "div-grid": div_grid,
    "p-cells": p_cells,
    "span-rows": span_rows,
    "inline-cells": inline_cells,
    "word-cells": word_cells,
}
PDF_VARIANTS = {"chromium-pdf": lambda d: d, "chromium-pdf-cms": cms_nested}

# ---------------------------------------------------------------- running

def sources(set_name):
    folder, pattern, gold = SETS[set_name]
    for name in sorted(os.listdir(folder)):
        if re.search(pattern, name) and os.path.isfile(os.path.join(folder, name)):
            yield name, os.path.join(folder, name), gold

def read_text(path):
    raw = open(path, "rb").read()
    return raw.decode("utf-8-sig").replace("\r\n", "\n")

def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8"))

def chromium_print(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)

def make(variant, set_name, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, path, _ in sources(set_name):
        stem, ext = os.path.splitext(name)
        if variant in TEXT_VARIANTS and set_name in TEXT_SETS:
            write(os.path.join(folder, stem + ".txt"), TEXT_VARIANTS[variant](read_text(path)))
        elif variant in HTML_VARIANTS and set_name in HTML_SETS:
            write(os.path.join(folder, stem + ".html"), HTML_VARIANTS[variant](read_text(path)))
        elif variant in PDF_VARIANTS and set_name in HTML_SETS:
            src = os.path.join(folder, "." + stem + ".html")  # hidden: batch skips it
            write(src, PDF_VARIANTS[variant](read_text(path)))
            chromium_print(src, os.path.join(folder, stem + ".pdf"))
            os.remove(src)
        else:
            return False
    return True

def gold_subset(set_name, work):
    """The gold files of this set's sources only (corpus/gold also holds the other formats' reports)."""
    folder = os.path.join(work, "gold", set_name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, _, gold in sources(set_name):
        stem = os.path.splitext(name)[0]
        shutil.copy(os.path.join(gold, stem + ".json"), folder)
    return folder

def score(gold, out, keep):
    r = subprocess.run([sys.executable, SCORE, gold, out, "-v"], capture_output=True, text=True)
    if keep:
        write(out.rstrip("/") + ".score", r.stdout)
    s = re.search(r"score: ([0-9.]+) \(mean of categories; ([0-9]+/[0-9]+)", r.stdout)
    w = re.search(r"wrong: ([0-9]+)", r.stdout)
    cats = dict(re.findall(r"^  (\w+)\s+([0-9]+/[0-9]+)$", r.stdout, re.M))
    return (s.group(1), s.group(2), w.group(1), cats) if s and w else ("?", "?", "?", {})

def unlike_original(out, work, set_name):
    """Metrics (gold or not) whose value differs from, or is missing against, the original's output of the same set:
    what a variant loses where the gold says nothing (most of table 2 of corpus 009, say). "-" before the original ran."""
    original = os.path.join(work, "out", "original", set_name)
    if not os.path.isdir(original) or os.path.samefile(original, out):
        return "-"
    count = 0
    for name in sorted(os.listdir(original)):
        if not name.endswith(".json") or not os.path.isfile(os.path.join(original, name)):
            continue
        try:
            want = json.load(open(os.path.join(original, name), encoding="utf-8")).get("metrics") or {}
            got = json.load(open(os.path.join(out, name), encoding="utf-8")).get("metrics") or {}
        except (OSError, ValueError):
            continue
        count += sum(1 for k, v in want.items() if got.get(k) != v) + sum(1 for k in got if k not in want)
    return str(count)

def main(argv):
    args = {"--only": None, "--sets": None, "--work": "/tmp/variants-work",
            "--govreport": "/tmp/variants-bin/govreport.dll"}
    keep = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    for i in range(0, len(argv) - 1, 2):
        args[argv[i]] = argv[i + 1]
    variants = list(dict.fromkeys([*TEXT_VARIANTS, *HTML_VARIANTS, *PDF_VARIANTS]))
    if args["--only"]:
        variants = args["--only"].split(",")
    sets = args["--sets"].split(",") if args["--sets"] else list(SETS)
    print(f"{'variant':18s} {'set':13s} {'score':6s} {'points':10s} wrong  meta     sections metrics  unlike-original")
    for variant in variants:
        for set_name in sets:
            folder = os.path.join(args["--work"], "in", variant, set_name)
            if not make(variant, set_name, folder):
                continue
            out = os.path.join(args["--work"], "out", variant, set_name)
            shutil.rmtree(out, ignore_errors=True)
            subprocess.run(["dotnet", args["--govreport"], "batch", folder, "--out", out, "--format", "json", "-q",
                            "--isolation", "none"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            s, pts, wrong, cats = score(gold_subset(set_name, args["--work"]), out, keep)
            print(f"{variant:18s} {set_name:13s} {s:6s} {pts:10s} {wrong:5s}  {cats.get('meta', ''):8s} "
                  f"{cats.get('sections', ''):8s} {cats.get('metrics', ''):8s} {unlike_original(out, args['--work'], set_name)}",
                  flush=True)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
