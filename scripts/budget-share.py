#!/usr/bin/env python3
"""The share of standard budget tables budgetpdf recognises and types, per file.

Usage: scripts/budget-share.py DIR BINARY   (e.g. ../shared/real-cn/pdf ./bin/budgetpdf)

The kinds a file prints are read from the first lines of each page as
pdftotext lays them out (a caption ending in 表, a contents page skipped),
with regular expressions of their own, independently of package budget; the
kinds typed are those of `budgetpdf extract`'s budget_tables. A kind counts
once per file, however many pages or tables print it."""
import json, re, subprocess, sys, glob, os

KINDS = [  # order matters: the most specific first
    ("fiscal_summary", r"财政拨款.*(收支|收入支出).*(总表|总体情况表)"),
    ("three_public", r"三公"),
    ("fund_expenditure", r"政府性基金"),
    ("state_capital_expenditure", r"国有资本经营"),
    ("basic_expenditure", r"一般公共预算.*基本支出"),
    ("general_expenditure", r"一般公共预算.*支出"),
    ("summary", r"(收支|收入支出).*(总表|总体情况表)"),
    ("income", r"收入.*表"),
    ("expenditure", r"支出.*表"),
]
SKIP = r"目录|……|\.\.\.\.|项目支出绩效|绩效目标|政府采购|机关运行经费支出|政府购买服务|说明"

def printed(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    kinds = set()
    for p in range(1, n + 1):
        txt = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"], capture_output=True).stdout.decode("utf-8", "replace")
        caps = []
        for line in txt.splitlines()[:12]:
            t = re.sub(r"\s+", "", line)
            t = re.sub(r"^(公开|预算|附)?\d*表\d*|[（(](预算)?表\s*\d+[)）]$|^表\d+", "", t)
            if 4 <= len(t) <= 40 and re.search(r"表([）)]|[（(][^（()）]{0,12}[）)])?$", t) and not re.search(SKIP, t) and re.search(r"预算|决算|收支|收入|支出|三公", t):
                caps.append(t)
        if len(caps) > 3:
            continue  # a contents page
        for t in caps:
            for k, rx in KINDS:
                if re.search(rx, t):
                    kinds.add(k)
                    break
    return kinds

def main():
    rows = []
    for pdf in sorted(glob.glob(os.path.join(sys.argv[1], "*.pdf"))):
        doc = json.loads(subprocess.run([sys.argv[2], "extract", pdf], capture_output=True).stdout)
        typed = {t["kind"] for t in doc["budget_tables"]}
        p = printed(pdf)
        hit = p & typed
        rows.append((os.path.basename(pdf), len(p), len(hit), sorted(p - typed), sorted(typed - p)))
    tp = tt = 0
    for name, n, h, missing, extra in rows:
        tp += n; tt += h
        share = f"{h}/{n}" if n else "0/0"
        print(f"{name[:38]:38} {share:6} missing={','.join(missing) or '-'} typed-not-seen={','.join(extra) or '-'}")
    print(f"TOTAL {tt}/{tp} = {tt/tp:.3f}")

main()
