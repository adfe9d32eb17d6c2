#!/usr/bin/env python3
"""How far the text path agrees with the PDF path on the same disclosures.

For every PDF of a folder, budgetpdf extracts the PDF, then the text that
pdftotext makes of it (with -layout, and plain); an indicator of the text
agrees when the PDF's reading has one with the same name and target
(compared as score_real.py compares them: NFKC, no white space, the name's
first 60 and the target's first 30 characters). The PDF is the reference:
the figure says how much of a disclosure a user with only its text gets.

    scripts/text-agreement.py [--bin bin/budgetpdf] [--per-file] DIR
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

WS = re.compile(r"\s+")


def norm(s, cut):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))[:cut]


def indicators(doc):
    rows = []
    for p in doc.get("projects") or []:
        rows += p.get("indicators") or []
    rows += ((doc.get("department") or {}).get("indicators")) or []
    return collections.Counter((norm(i.get("name"), 60), norm(i.get("target"), 30)) for i in rows)


def extract(binary, path):
    r = subprocess.run([binary, "extract", "--compact", str(path)], capture_output=True)
    if r.returncode != 0:
        return collections.Counter()
    try:
        return indicators(json.loads(r.stdout))
    except ValueError:
        return collections.Counter()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="bin/budgetpdf")
    ap.add_argument("--per-file", action="store_true")
    ap.add_argument("dir")
    a = ap.parse_args()
    pdfs = sorted(Path(a.dir).glob("*.pdf")) or sorted(Path(a.dir).glob("pdf/*.pdf"))
    if not pdfs:
        sys.exit(f"no PDF in {a.dir}")
    total = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            ref = extract(a.bin, pdf)
            line = [pdf.stem, sum(ref.values())]
            for kind, flags in (("layout", ["-layout"]), ("raw", [])):
                txt = Path(tmp) / f"{pdf.stem}.{kind}.txt"
                subprocess.run(["pdftotext", *flags, str(pdf), str(txt)], check=True)
                agree = sum((ref & extract(a.bin, txt)).values())
                total[kind] += agree
                line.append(agree)
            total["pdf"] += sum(ref.values())
            if a.per_file:
                print("%-44s pdf %5d  layout %5d  raw %5d" % tuple(line))
    n = max(total["pdf"], 1)
    print(f"TEXT layout={total['layout']}/{total['pdf']} ({total['layout'] / n:.3f}) "
          f"raw={total['raw']}/{total['pdf']} ({total['raw'] / n:.3f}) files={len(pdfs)}")


if __name__ == "__main__":
    main()
