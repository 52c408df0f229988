#!/usr/bin/env python3
"""Builds the OpenCC-equality fixture (run from the repo root; needs Debian's opencc 1.1.6):

    python3 tests/GovReportParser.Tests/TestData/Normalisation/make-t2s-fixture.py

t2s-input.txt    the samples converted to traditional with `opencc -c s2t.json`, their sentences re-mixed
                 (fixed seed) to above 1 MB, plus every TSPhrases/TSCharacters key set between sample fragments
                 so that each dictionary entry and its phrase boundaries are exercised;
t2s-opencc.txt   `opencc -c t2s.json` of t2s-input.txt: what TraditionalToSimplified must reproduce exactly.
"""
import glob, os, random, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DICTS = os.path.join(ROOT, "src", "GovReportParser", "Normalisation", "Dictionaries")
TARGET_BYTES = 1_100_000


def opencc(config, text):
    return subprocess.run(["opencc", "-c", config], input=text.encode("utf-8"), capture_output=True, check=True).stdout.decode("utf-8")


def dictionary_keys(name):
    with open(os.path.join(DICTS, name + ".txt"), encoding="utf-8") as f:
        return [line.split("\t", 1)[0] for line in f if "\t" in line]


rng = random.Random(20261123)
samples = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")))]
traditional = [opencc("s2t.json", s) for s in samples]
sentences = [s for t in traditional for s in re.findall(r"[^。！？；\n]+[。！？；]?", t) if s.strip()]

out = list(traditional)  # the whole samples first, as they are
for key in dictionary_keys("TSPhrases") + dictionary_keys("TSCharacters"):
    a, b = rng.choice(sentences), rng.choice(sentences)
    out.append(a[-rng.randint(1, 6):] + key + b[: rng.randint(1, 6)] + "\n")
size = sum(len(s.encode("utf-8")) for s in out)
while size < TARGET_BYTES:
    paragraph = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 8))) + "\n"
    out.append(paragraph)
    size += len(paragraph.encode("utf-8"))

text = "".join(out)
with open(os.path.join(HERE, "t2s-input.txt"), "w", encoding="utf-8", newline="") as f:
    f.write(text)
with open(os.path.join(HERE, "t2s-opencc.txt"), "w", encoding="utf-8", newline="") as f:
    f.write(opencc("t2s.json", text))
