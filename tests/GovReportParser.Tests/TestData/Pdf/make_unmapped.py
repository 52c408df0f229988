#!/usr/bin/python3
"""unmapped-glyphs.pdf: page 1 in a Type0 font (Identity-H, Adobe-Identity, not embedded) with no ToUnicode map, the
pattern of 公文 PDFs whose characters cannot be recovered: a reader sees glyph codes, not text. Page 2 is plain
Helvetica text, readable. With --garbled-only the file stops after page 1."""
import sys

codes = "".join(f"{0x0100 + i:04X}" for i in range(30))
content = "".join(f"BT /F1 16 Tf 72 {760 - 28 * n} Td <{codes}> Tj ET\n" for n in range(5)).encode()
plain = b"BT /F2 12 Tf 72 760 Td (Annual report on government information disclosure, page two.) Tj ET\n"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R 8 0 R] /Count 2 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    b"<< /Type /Font /Subtype /Type0 /BaseFont /FangSong_GB2312 /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FangSong_GB2312 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
    b" /FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity >>",
    b"<< /Type /FontDescriptor /FontName /FangSong_GB2312 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880"
    b" /Descent -120 /CapHeight 700 /StemV 80 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 10 0 R >> >> /Contents 9 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(plain) + plain + b"endstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
]
if "--garbled-only" in sys.argv:
    objects[1] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objects = objects[:7]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
