#!/usr/bin/env python3
"""Silver rows that read text the page does not show, found by MuPDF.

The silver reader of ../shared/real-cn (PyMuPDF's text, cut at the ruling
lines) takes text that overflows a clipped table cell and is drawn on,
hidden, over the row below, for that row's text (its README names the
defect: 北京 预算表12, 21 p. 40). This script finds those rows without
budgetpdf: `mutool trace` (MuPDF) reports every clipping path and every
glyph, so a glyph whose centre lies below or right of the clip in force
is hidden. A silver row whose name or target starts with a run of hidden
text (after a sign) printed that run in the wrong row: the erratum moves
it back to the end of the row above, whose clipped cell it overflows.

    scripts/silver-errata.py derive CORPUS > ERRATA.json
    scripts/silver-errata.py apply ERRATA.json CORPUS OUTDIR

`apply` writes OUTDIR/NAME.silver.json with the errata applied and links
the PDFs, so that ../shared/eval/score_real.py can score against it; an
erratum whose silver row reads otherwise now (the silver was corrected)
is skipped, with a note on stderr.
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

WS = re.compile(r"\s+")
SIGNS = "≥≤><=＞＜＝"
SLACK = 1.0  # points a glyph's centre may lie outside its clip and still show


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))


def hidden_runs(pdf, page):
    """The runs of hidden glyphs on a page, as normalized strings, in the
    order they are drawn; a run is the glyphs hidden by one clip. The trace
    is read line by line: MuPDF prints one element a line, and its XML is
    not always well-formed (a glyph's unicode attribute may be any text)."""
    out = subprocess.run(["mutool", "trace", str(pdf), str(page)], capture_output=True, check=True).stdout
    runs, cur, cur_clip = [], [], None
    stack = [None]  # clip boxes: x0, y0, x1, y1 (None: the page)
    path, in_clip, size = [], False, 1.0
    ctm = text_ctm = (1, 0, 0, 1, 0, 0)
    for line in out.decode("utf-8", "replace").splitlines():
        t = line.strip()
        if t.startswith("<clip_path"):
            path, in_clip, ctm = [], True, _matrix(t)
        elif t.startswith(("<fill_text", "<stroke_text")):
            text_ctm = _matrix(t)
        elif t.startswith("</clip_path"):
            stack.append(_intersect(stack[-1], _bounds(path)) if path else stack[-1])
            in_clip = False
        elif in_clip and (t.startswith("<moveto") or t.startswith("<lineto")):
            path.append(_apply(ctm, _num(t, "x"), _num(t, "y")))
        elif t.startswith(("<clip_text", "<clip_stroke_path", "<clip_stroke_text", "<clip_image_mask")):
            stack.append(stack[-1])  # kept for balance; only paths narrow the box here
        elif t.startswith("<pop_clip") and len(stack) > 1:
            stack.pop()
        elif t.startswith("<span"):
            m = re.search(r'trm="([^"]*)"', t)
            trm = [float(v) for v in m.group(1).split()] if m else [1, 0, 0, 1]
            size = (abs(trm[3]) or abs(trm[0]) or 1.0) * (abs(text_ctm[3]) or abs(text_ctm[0]) or 1.0)
        elif t.startswith("<g "):
            clip = stack[-1]
            x, y = _apply(text_ctm, _num(t, "x"), _num(t, "y"))
            adv = (_num(t, "adv") or 0) * size
            cx, cy = x + adv / 2, y - 0.36 * size
            hidden = clip is not None and (cy > clip[3] + SLACK or cx > clip[2] + SLACK) and clip[3] - clip[1] >= size
            if hidden:
                if cur and cur_clip != clip:
                    runs.append("".join(cur))
                    cur = []
                m = re.match(r'<g unicode="(.*?)" glyph=', t)
                cur.append(_unescape(m.group(1)) if m else "")
                cur_clip = clip
    if cur:
        runs.append("".join(cur))
    return [norm(r) for r in runs if norm(r)]


def _matrix(t):
    m = re.search(r'transform="([^"]*)"', t)
    try:
        v = [float(x) for x in m.group(1).split()] if m else []
    except ValueError:
        v = []
    return tuple(v) if len(v) == 6 else (1, 0, 0, 1, 0, 0)


def _apply(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _num(t, attr):
    m = re.search(r'\b' + attr + r'="([-0-9.eE]+)"', t)
    return float(m.group(1)) if m else 0.0


def _unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def _bounds(pts):
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def _intersect(a, b):
    if a is None:
        return b
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def split_hidden(text, runs):
    """(sign, run, rest) when text, after a sign, starts with a hidden run."""
    t = norm(text)
    sign = ""
    while t and t[0] in SIGNS:
        sign, t = sign + t[0], t[1:]
    for r in sorted(runs, key=len, reverse=True):
        if t.startswith(r) and len(t) > len(r):
            return sign, r, t[len(r):]
    return None


def derive(corpus):
    errata = []
    for silver_path in sorted(Path(corpus).glob("*.silver.json")):
        silver = json.loads(silver_path.read_text())
        pdf = Path(corpus) / "pdf" / silver["file"]
        if not pdf.exists():
            pdf = Path(corpus) / silver["file"]
        rows = silver["rows"]
        by_page = {}
        for k, r in enumerate(rows):
            by_page.setdefault(r["page"], []).append(k)
        for page in sorted(by_page):
            runs = hidden_runs(pdf, page)
            if not runs:
                continue
            ks = by_page[page]
            for i, k in enumerate(ks):
                if i == 0:
                    continue  # the row above is on another page
                for field in ("name", "target"):
                    cut = split_hidden(rows[k][field], runs)
                    if not cut:
                        continue
                    sign, run, rest = cut
                    above = ks[i - 1]
                    errata.append({
                        "file": silver_path.name, "page": page, "field": field, "hidden": run,
                        "row": k, "row_was": rows[k][field], "row_now": sign + rest,
                        "above": above, "above_was": rows[above][field],
                    })
    return errata


def apply(errata, corpus, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "pdf").mkdir(exist_ok=True)
    by_file = {}
    for e in errata:
        by_file.setdefault(e["file"], []).append(e)
    for silver_path in sorted(Path(corpus).glob("*.silver.json")):
        silver = json.loads(silver_path.read_text())
        rows = silver["rows"]
        for e in by_file.get(silver_path.name, []):
            f = e["field"]
            cut = split_hidden(rows[e["row"]][f], [e["hidden"]]) if e["row"] < len(rows) else None
            if not cut or norm(rows[e["row"]][f]) != norm(e["row_was"]):
                # the silver was corrected (or changed) since: nothing to apply
                print(f"{silver_path.name} row {e['row']}: the silver no longer prints {e['row_was']!r}; erratum skipped", file=sys.stderr)
                continue
            rows[e["row"]][f] = cut[0] + cut[2]
            rows[e["above"]][f] = norm(rows[e["above"]][f]) + e["hidden"]
        (out / silver_path.name).write_text(json.dumps(silver, ensure_ascii=False, indent=1))
        pdf = Path(corpus).resolve() / "pdf" / silver["file"]
        link = out / "pdf" / silver["file"]
        if not link.exists():
            link.symlink_to(pdf)


def main(argv):
    if len(argv) == 3 and argv[1] == "derive":
        json.dump(derive(argv[2]), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif len(argv) == 5 and argv[1] == "apply":
        apply(json.loads(Path(argv[2]).read_text()), argv[3], argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
