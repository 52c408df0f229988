#!/usr/bin/env python3
"""Where a batch's CPU time goes inside PdfPig, the runtime and our code: reads `perf script` output (samples with their
call stacks, leaf first) on stdin and files each sample under one bucket, so the shares add up to 100 %: the bucket of the
frame nearest the leaf that a named step matches (a collection started while a font was parsed is GC; zlib called by a
font parser is zlib), else the catch-all of the frame nearest the leaf (PdfPig, our PDF reader, the rest of ours). Used by pdf-profile.sh."""
import re
import sys

# Named steps: (bucket, pattern on a frame's symbol).
BUCKETS = [
    ("runtime: garbage collection", r"(WKS|SVR)::(gc_heap|GCHeap)::(garbage_collect|GarbageCollect|gc1|plan_phase|mark_phase|relocate|compact)"),
    ("runtime: fresh memory (zeroing, page faults)", r"(WKS|SVR)::gc_heap::(a_fit_segment_end_p|soh_try_fit|allocate_uoh|allocate_more_space|try_allocate_more_space)|exc_page_fault"),
    ("pdfpig: glyph bounding boxes (font programs run per glyph)", r"PdfFonts_.*__GetBoundingBox|TrueTypeFont__TryGetBoundingBox|Type1Font__GetCharacterBoundingBox"),
    ("pdfpig: Type 1 font programs parsed", r"Type1FontHandler__ParseFontProgram|Type1FontParser__Parse"),
    ("pdfpig: TrueType font programs parsed", r"CidFontFactory__ReadDescriptorFile|TrueTypeFontParser__|TrueTypeFontHandler"),
    ("pdfpig: other font loading (dictionaries, CMaps, encodings)", r"UglyToad_PdfPig.*(ResourceStore__LoadFontDictionary|FontFactory__Get|CMap|Standard14)"),
    ("pdfpig: content streams tokenised into operators", r"PageContentParser__Parse"),
    ("pdfpig: operators run into letters and paths", r"ContentStreamProcessor|BaseStreamProcessor"),
    ("zlib: streams inflated", r"^inflate|zlib"),
    ("ours: lean fonts (dictionaries, ToUnicode maps, TrueType headers)", r"Readers_Pdf_Lean_Fonts"),
    ("ours: lean content lexer", r"Readers_Pdf_Lean_ContentLexer"),
    ("ours: lean interpreter (text and path operators to glyphs and rules)", r"Readers_Pdf_Lean_"),
]
# Catch-alls, for a sample no named step claims.
CATCH_ALLS = [
    ("pdfpig: the rest (opening the file, objects, filters)", r"UglyToad_PdfPig"),
    ("ours: PDF reader (guard, letters, lines, tables)", r"GovReportParser_Readers_Pdf"),
    ("ours: rest of the pipeline and writers", r"GovReportParser_"),
]
compiled = [(name, re.compile(pattern)) for name, pattern in BUCKETS]
catch_alls = [(name, re.compile(pattern)) for name, pattern in CATCH_ALLS]
counts = {name: 0 for name, _ in BUCKETS + CATCH_ALLS}
counts["other (start-up, pipes, kernel)"] = 0
total = 0


def file_sample(frames):
    global total
    if not frames:
        return
    total += 1
    for patterns in (compiled, catch_alls):
        for frame in frames:
            for name, pattern in patterns:
                if pattern.search(frame):
                    counts[name] += 1
                    return
    counts["other (start-up, pipes, kernel)"] += 1


frames = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        file_sample(frames)
        frames = []
    elif line.startswith((" ", "\t")):
        parts = line.split(None, 1)
        frames.append(parts[1] if len(parts) > 1 else parts[0])
file_sample(frames)

print(f"{total} samples")
for name, count in counts.items():
    print(f"{count / max(total, 1):7.1%}  {name}")
