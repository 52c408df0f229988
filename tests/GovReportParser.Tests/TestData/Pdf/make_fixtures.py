#!/usr/bin/python3
"""Generates the small PDF fixtures of the PDF reader tests (run ./make-fixtures.sh, which calls this).

report.pdf: two A4 pages in the 公文 setting (STSong-Light CID font, UniGB-UCS2-H, not embedded): a title over two
centred lines, indented paragraphs, page numbers "- n -", and a ruled table
that a page break splits, with a vertical label (one character per line), a wrapped label cell and a label cut by
the break ("（四）无" | "法提供").
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
W, H = A4
LEFT, RIGHT = 72, W - 72
BODY = 16
PITCH = 28


def centred(c, y, text, size):
    c.setFont(FONT, size)
    c.drawCentredString(W / 2, y, text)


def body(c, y, text, indent=False):
    c.setFont(FONT, BODY)
    c.drawString(LEFT + (2 * BODY if indent else 0), y, text)


def page_number(c, n):
    centred(c, 40, f"- {n} -", 12)


def cell(c, x0, x1, y0, y1, lines, size=10):
    """Text lines centred in the box (x0..x1, y0 bottom .. y1 top)."""
    c.setFont(FONT, size)
    pitch = size * 1.3
    top = (y0 + y1) / 2 + (len(lines) - 1) * pitch / 2 - size / 3
    for i, line in enumerate(lines):
        c.drawCentredString((x0 + x1) / 2, top - i * pitch, line)


def grid(c, rows, columns, cells, skip_h=(), skip_v=()):
    """Rules for a grid: rows are y (top first), columns x; skip_h/skip_v list (row line, column) / (column line, row) slots left open."""
    c.setLineWidth(0.5)
    for i, y in enumerate(rows):
        for j in range(len(columns) - 1):
            if (i, j) not in skip_h:
                c.line(columns[j], y, columns[j + 1], y)
    for j, x in enumerate(columns):
        for i in range(len(rows) - 1):
            if (j, i) not in skip_v:
                c.line(x, rows[i], x, rows[i + 1])
    for (r0, c0, r1, c1, lines) in cells:
        cell(c, columns[c0], columns[c1 + 1], rows[r1 + 1], rows[r0], lines)


COLUMNS = [72, 100, 190, 330, 400, 460, 523]
HEADER = ["自然人", "法人", "总计"]


def report(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("测试市人民政府2024年政府信息公开工作年度报告")
    c.setAuthor("测试")
    centred(c, 760, "测试市人民政府", 22)
    centred(c, 732, "2024年政府信息公开工作年度报告", 22)
    y = 680
    body(c, y, "本报告根据《中华人民共和国政府信息公开条例》编制，", indent=True)
    body(c, y - PITCH, "所列数据的统计期限自2024年1月1日至2024年12月31日。")
    body(c, y - 2 * PITCH, "一、总体情况")
    body(c, y - 3 * PITCH, "2024年，全市共受理政府信息公开申请30件，其中自然", indent=True)
    body(c, y - 4 * PITCH, "人申请20件。")
    body(c, y - 5 * PITCH, "三、收到和处理政府信息公开申请情况")

    # Table part 1: header row, a data row, then the vertical label block that the page break cuts.
    rows = [500, 470, 440, 405, 375, 345, 315]
    cells = [
        (0, 0, 0, 2, ["申请人情况"]), (0, 3, 0, 3, ["自然人"]), (0, 4, 0, 4, ["法人"]), (0, 5, 0, 5, ["总计"]),
        (1, 0, 1, 2, ["一、本年新收政府信息公开申请数量"]), (1, 3, 1, 3, ["20"]), (1, 4, 1, 4, ["10"]), (1, 5, 1, 5, ["30"]),
        (2, 0, 5, 0, ["三", "、", "本", "年", "度"]),
        (2, 1, 2, 2, ["（二）部分公开（区分处理的，只计", "这一情形，不计其他情形）"]),
        (2, 3, 2, 3, ["2"]), (2, 4, 2, 4, ["1"]), (2, 5, 2, 5, ["3"]),
        (3, 1, 3, 1, ["（三）不予公开"]), (3, 2, 3, 2, ["1.属于国家秘密"]), (3, 3, 3, 3, ["4"]), (3, 4, 3, 4, ["0"]), (3, 5, 3, 5, ["4"]),
        (4, 1, 5, 1, ["（四）无"]), (4, 2, 4, 2, ["1.本机关不掌握相关政府信息"]),
        (4, 3, 4, 3, ["5"]), (4, 4, 4, 4, ["2"]), (4, 5, 4, 5, ["7"]),
        (5, 2, 5, 2, ["2.没有现成信息需要另行制作"]), (5, 3, 5, 3, ["1"]), (5, 4, 5, 4, ["0"]), (5, 5, 5, 5, ["1"]),
    ]
    # Spans: no rule between the merged slots.
    skip_h = {(3, 0), (4, 0), (5, 0), (5, 1)}
    skip_v = {(1, 0), (2, 0), (1, 1), (2, 1), (2, 2)}
    grid(c, rows, COLUMNS, cells, skip_h, skip_v)
    page_number(c, 1)
    c.showPage()

    # Table part 2 on page 2: the same columns, the vertical label and the label cut by the break continued.
    rows = [780, 750, 720, 690]
    cells = [
        (0, 0, 1, 0, ["办", "理", "结", "果"]),
        (0, 1, 0, 1, ["法提供"]), (0, 2, 0, 2, ["3.补正后申请内容仍不明确"]),
        (0, 3, 0, 3, ["0"]), (0, 4, 0, 4, ["1"]), (0, 5, 0, 5, ["1"]),
        (1, 1, 1, 2, ["（七）总计"]), (1, 3, 1, 3, ["12"]), (1, 4, 1, 4, ["4"]), (1, 5, 1, 5, ["16"]),
        (2, 0, 2, 2, ["四、结转下年度继续办理"]), (2, 3, 2, 3, ["8"]), (2, 4, 2, 4, ["6"]), (2, 5, 2, 5, ["14"]),
    ]
    grid(c, rows, COLUMNS, cells, skip_h={(1, 0)}, skip_v={(2, 1), (1, 2), (2, 2)})
    body(c, 640, "四、存在的主要问题及改进情况")
    body(c, 640 - PITCH, "一是政策解读质量仍需提升，二是队伍建设还需进一步加", indent=True)
    body(c, 640 - 2 * PITCH, "强。下一步将着力加强政策解读质效。")
    page_number(c, 2)
    c.showPage()
    c.save()


def rotated(path):
    """A page of body text with a note set vertically in the margin (rotated 90°)."""
    c = canvas.Canvas(path, pagesize=A4)
    body(c, 760, "本报告由测试市人民政府办公室编制。", indent=True)
    body(c, 760 - PITCH, "全年主动公开政府信息120条。", indent=True)
    c.saveState()
    c.translate(40, 400)
    c.rotate(90)
    c.setFont(FONT, 10)
    c.drawString(0, 0, "此件公开发布")
    c.restoreState()
    c.showPage()
    c.save()


def unruled(path):
    """A table set with tab stops only, no rules; the second data row leaves its middle cell empty."""
    c = canvas.Canvas(path, pagesize=A4)
    body(c, 760, "二、主动公开政府信息情况")
    c.setFont(FONT, 12)
    rows = [("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "1", "0", "11"),
            ("行政规范性文件", "8", "", "66"), ("行政许可", "447228", "12", "3")]
    for i, row in enumerate(rows):
        for x, text in zip((72, 250, 360, 470), row):
            c.drawString(x, 720 - 24 * i, text)
    body(c, 600, "全年共收到政府信息公开申请30件。", indent=True)
    c.showPage()
    c.save()


if __name__ == "__main__":
    import sys
    {"report": report, "rotated": rotated, "unruled": unruled}[sys.argv[2] if len(sys.argv) > 2 else "report"](sys.argv[1])
