#!/usr/bin/env python3
"""text-loss: pages where budgetpdf reads fewer Han characters than poppler.

    scripts/text-loss.py [--bin bin/budgetpdf] [--min 3] PDF|DIR ...

For every page of every PDF, the Han characters that `pdftotext` prints
(as a multiset) minus those `budgetpdf extract --layout` shows in its
lines and cells. A page missing --min characters or more is listed with
the first of them: a silent extraction loss to look at (a content stream
cut mid-operator, an unmapped font, a glyph taken for a fake-bold copy).
Needs pdftotext (poppler-utils) on PATH.
"""
import argparse
import collections
import pathlib
import re
import subprocess
import sys

HAN = re.compile(r"[\u4e00-\u9fff]")


def ours(binary, pdf):
    out = subprocess.run([binary, "extract", "--layout", str(pdf)], capture_output=True, text=True).stdout
    pages, page = collections.defaultdict(collections.Counter), 0
    for line in out.splitlines():
        m = re.match(r"== page (\d+)", line)
        if m:
            page = int(m.group(1))
        elif not line.strip().startswith("meaning:"):
            pages[page].update(HAN.findall(line))
    return pages


def poppler(pdf):
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return {i: collections.Counter(HAN.findall(p)) for i, p in enumerate(out.split("\f"), 1)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--bin", default="bin/budgetpdf")
    ap.add_argument("--min", type=int, default=3)
    a = ap.parse_args()
    pdfs = []
    for p in map(pathlib.Path, a.paths):
        pdfs += sorted(p.glob("*.pdf")) if p.is_dir() else [p]
    flagged = 0
    for pdf in pdfs:
        mine = ours(a.bin, pdf)
        for page, chars in poppler(pdf).items():
            missing = chars - mine[page]
            n = sum(missing.values())
            if n >= a.min:
                flagged += 1
                print(f"{pdf.name} p{page}: {n} missing: {''.join(missing.elements())[:30]}")
    print(f"{flagged} pages missing {a.min} or more Han characters, {len(pdfs)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
