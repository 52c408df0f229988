#!/usr/bin/env python3
"""Regenerates the HTML reader's test pages from the sample pages in samples/html (ours; never corpus files).

    python3 tests/GovReportParser.Tests/TestData/Html/make_variants.py

Each variant is a sample page as real sites serve it in another shape; the reader must see the same text in it:
  *_gbk_undeclared.html         GBK bytes, the <meta charset> removed (common on saved CMS pages)
  000_gb2312_http_equiv.html    GBK bytes declared by http-equiv as gb2312 (label resolves to GB18030)
  003_gbk_declared_utf8.html    GBK bytes that still claim utf-8 (a copy re-encoded without fixing the meta)
  001_bom_utf8_declared_gbk.html UTF-8 with BOM and a stale gbk declaration: the BOM wins
  00N_unknown_container.html   the editor <div> under a class no CMS list knows: found by text density
  002_spans.html                the tables of 002 with merged cells: an anchor absorbs the empty cells to its right
                                (colspan) and below (rowspan), as the official template is drawn
  004_site_table.html           004's flattened 信息公开 lines as the usual key/value <table>
  004_site_table_above.html     the table in a box above the article body, outside the editor area
  004_site_list.html            the same as a <ul> of "key：value" items
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parents[3] / "samples" / "html"
META = '<meta charset="utf-8">'


def sample(prefix):
    path = next(SAMPLES.glob(prefix + "_*.html"))
    return path.read_text(encoding="utf-8")


def write(name, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    (HERE / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def merge_table(table_html):
    """Turns a table of plain cells into one with colspan/rowspan covering empty cells (greedy, anchors only)."""
    rows = [re.findall(r"<td>(.*?)</td>", r) for r in re.findall(r"<tr>(.*?)</tr>", table_html)]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    claimed = [[False] * width for _ in rows]
    out = []
    for y, row in enumerate(rows):
        cells = []
        for x, text in enumerate(row):
            if claimed[y][x]:
                continue
            claimed[y][x] = True
            colspan = rowspan = 1
            if text:
                while x + colspan < width and not rows[y][x + colspan] and not claimed[y][x + colspan]:
                    colspan += 1
                def free_row(yy):
                    return all(not rows[yy][xx] and not claimed[yy][xx] for xx in range(x, x + colspan))
                while y + rowspan < len(rows) and free_row(y + rowspan):
                    rowspan += 1
                for yy in range(y, y + rowspan):
                    for xx in range(x, x + colspan):
                        claimed[yy][xx] = True
            attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
            cells.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return table_html[: table_html.index("<tr>")] + "".join(out) + "</table>"


def site_lines(page):
    """The leading paragraphs of 004 that are the flattened metadata block, split into (key, value) pairs."""
    labels = "索引號|組配分類|發\\(fā\\)布機\\(jī\\)構\\(gòu\\)|發\\(fā\\)文日期|發\\(fā\\)布文號|關\\(guān\\)鍵詞|信息來源|主題導\\(dǎo\\)航|信息名稱|內\\(nèi\\)容概述"
    paragraphs = re.findall(r'<p style="text-indent:2em">(.*?)</p>\n', page)[:5]
    pairs = []
    for p in paragraphs:
        parts = re.split(f"({labels})", p)
        for i in range(1, len(parts), 2):
            pairs.append((parts[i], parts[i + 1].strip()))
    return paragraphs, pairs


def replace_site_block(page, block_html):
    paragraphs, _ = site_lines(page)
    first = page.index(f'<p style="text-indent:2em">{paragraphs[0]}</p>')
    last = page.index(f'<p style="text-indent:2em">{paragraphs[-1]}</p>') + len(f'<p style="text-indent:2em">{paragraphs[-1]}</p>\n')
    return page[:first] + block_html + "\n" + page[last:]


def main():
    for prefix in ["000", "001", "002", "003", "004"]:
        write(f"{prefix}_gbk_undeclared.html", sample(prefix).replace(META, ""), "gbk")
    write("000_gb2312_http_equiv.html",
          sample("000").replace(META, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), "gbk")
    write("003_gbk_declared_utf8.html", sample("003"), "gbk")
    write("001_bom_utf8_declared_gbk.html", sample("001").replace(META, '<meta charset="gbk">'), bom=True)

    for prefix in ["001", "002"]:
        write(f"{prefix}_unknown_container.html", sample(prefix).replace('class="TRS_Editor"', 'class="wz_text"'))

    page = sample("002")
    write("002_spans.html", re.sub(r"<table[^>]*>.*?</table>", lambda m: merge_table(m.group(0)), page))

    page = sample("004")
    _, pairs = site_lines(page)
    cells = [f"<td>{k}：</td><td>{v}</td>" for k, v in pairs]
    table = '<table class="xxgk_table">' + "".join(
        "<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>"
    write("004_site_table.html", replace_site_block(page, table))
    above = replace_site_block(page, "").replace('<div class="TRS_Editor">', f'<div class="xxgk_box">{table}</div>\n<div class="TRS_Editor">')
    write("004_site_table_above.html", above)
    items = "".join(f"<li><span>{k}：</span>{v}</li>" for k, v in pairs)
    write("004_site_list.html", replace_site_block(page, f'<ul class="xxgk_info">{items}</ul>'))


if __name__ == "__main__":
    main()
