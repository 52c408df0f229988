#!/bin/sh
# Regenerates the PDF reader fixtures (Debian bookworm: apt-get install python3-reportlab qpdf img2pdf poppler-utils).
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_fixtures.py report.pdf
/usr/bin/python3 make_fixtures.py rotated.pdf rotated
/usr/bin/python3 make_fixtures.py unruled.pdf unruled
# Scanned: the report's first page as a grey image, no text layer.
pdftoppm -r 40 -gray -png -f 1 -l 1 report.pdf scan && img2pdf scan-1.png -o scanned.pdf && rm scan-1.png
# Encrypted with a user password (needed to open) and with an owner password only (opens without one).
qpdf --encrypt secret owner 256 -- report.pdf encrypted.pdf
qpdf --encrypt "" owner 256 -- report.pdf owner-password-only.pdf
# Truncated: the first 1,500 bytes of an uncompressed copy (header and first objects, no page content, no xref).
qpdf --qdf --object-streams=disable report.pdf qdf.pdf && head -c 1500 qdf.pdf > truncated.pdf && rm qdf.pdf
/usr/bin/python3 make_unmapped.py unmapped-glyphs.pdf
/usr/bin/python3 make_unmapped.py garbled-only.pdf --garbled-only
