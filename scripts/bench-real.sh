#!/usr/bin/env bash
# bench-real: what users run, whole process, beside poppler.
#
#   scripts/bench-real.sh [DIR]          (make bench-real)
#
# Over the PDFs of DIR (default: $SHARED/real-cn/pdf when present, else the
# bundled testdata/pdf), alternating in one run, REPS times (default 3):
#   - pdftotext -bbox-layout FILE /dev/null, one process per file
#   - budgetpdf extract FILE > /dev/null,   one process per file
#   - budgetpdf import --db NEW.db DIR       (one command, --jobs JOBS)
#   - pdftotext and extract (and extract --in-process) of one big file alone:
#     BIG, default 04_yantai_zhujian_2026.pdf when in DIR, else the largest
#   - the same for the smallest file, SMALLRUNS (default 10) runs in a row,
#     figures per run (a 1-page file takes less than time's 10 ms resolution)
# Each figure is whole-process (user+sys CPU of the command and every child
# it waited for, wall clock, peak RSS of the largest process), from
# /usr/bin/time. Printed: min and median over the repetitions, pages/s and
# docs/s, and the CPU ratio budgetpdf / pdftotext (≤ 1.00: as fast as poppler).
#
# Environment: BIN (default bin/budgetpdf), REPS, JOBS (default: cores), BIG,
# SHARED (default ../shared, then /work/shared).
set -euo pipefail

BIN=${BIN:-bin/budgetpdf}
REPS=${REPS:-3}
JOBS=${JOBS:-$(nproc)}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench-real: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "bench-real: $BIN missing (make build)" >&2; exit 1; }

dir=${1:-}
if [ -z "$dir" ]; then
	for s in "${SHARED:-../shared}" /work/shared; do
		if [ -d "$s/real-cn/pdf" ]; then dir=$s/real-cn/pdf; break; fi
	done
	dir=${dir:-testdata/pdf}
fi
mapfile -t files < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
[ ${#files[@]} -gt 0 ] || { echo "bench-real: no PDF in $dir" >&2; exit 1; }

have_poppler=1
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || have_poppler=0

pages_of() { # pages of one PDF: pdfinfo, or the document budgetpdf prints
	if [ $have_poppler = 1 ]; then
		pdfinfo "$1" 2>/dev/null | awk '/^Pages:/{print $2; exit}'
	else
		"$BIN" extract --compact "$1" 2>/dev/null | grep -o '"pages":[0-9]*' | head -1 | cut -d: -f2
	fi
}

total_pages=0 big= bigp=0 small= smallp=1000000000
for f in "${files[@]}"; do
	p=$(pages_of "$f"); p=${p:-0}
	total_pages=$((total_pages + p))
	if [ "$p" -gt "$bigp" ]; then big=$f bigp=$p; fi
	if [ "$p" -gt 0 ] && [ "$p" -lt "$smallp" ]; then small=$f smallp=$p; fi
done
ndocs=${#files[@]}
if [ -n "${BIG:-}" ]; then big=$BIG; elif [ -f "$dir/04_yantai_zhujian_2026.pdf" ]; then big=$dir/04_yantai_zhujian_2026.pdf; fi
bigp=$(pages_of "$big")
SMALLRUNS=${SMALLRUNS:-10}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure [-n RUNS] NAME CMD...: one run, appends "wall cpu rss_kb" to
# $tmp/NAME (wall and cpu divided by RUNS when the command did RUNS runs).
measure() {
	local div=1
	if [ "$1" = -n ]; then div=$2; shift 2; fi
	local name=$1
	shift
	"$TIME" -f '%e %U %S %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || {
		echo "bench-real: $name failed:" >&2
		tail -3 "$tmp/err" >&2
		exit 1
	}
	awk -v n="$div" '{printf "%.4f %.4f %s\n", $1 / n, ($2 + $3) / n, $4}' "$tmp/t" >>"$tmp/$name"
}

export BENCH_BIN=$BIN
for_each_pdftotext() { for f in "$@"; do pdftotext -bbox-layout "$f" /dev/null; done; }
for_each_extract() { for f in "$@"; do "$BENCH_BIN" extract "$f" >/dev/null; done; }
repeat() { local n=$1; shift; for _ in $(seq "$n"); do "$@" >/dev/null; done; }
export -f for_each_pdftotext for_each_extract repeat

echo "bench-real: $ndocs files, $total_pages pages in $dir; $REPS repetitions, import --jobs $JOBS; $(nproc) cores"
for r in $(seq "$REPS"); do
	echo "  repetition $r/$REPS" >&2
	[ $have_poppler = 1 ] && measure all_pdftotext bash -c 'for_each_pdftotext "$@"' _ "${files[@]}"
	measure all_extract bash -c 'for_each_extract "$@"' _ "${files[@]}"
	rm -f "$tmp/db"*
	measure all_import "$BIN" import --jobs "$JOBS" --db "$tmp/db" "${files[@]}"
	[ $have_poppler = 1 ] && measure big_pdftotext pdftotext -bbox-layout "$big" /dev/null
	measure big_extract "$BIN" extract "$big"
	measure big_inprocess "$BIN" extract --in-process "$big"
	[ $have_poppler = 1 ] && measure -n "$SMALLRUNS" small_pdftotext bash -c 'repeat "$@"' _ "$SMALLRUNS" pdftotext -bbox-layout "$small" /dev/null
	measure -n "$SMALLRUNS" small_extract bash -c 'repeat "$@"' _ "$SMALLRUNS" "$BIN" extract "$small"
done

# stat NAME COLUMN: "min median" of a column (1 wall, 2 cpu, 3 rss).
stat() {
	sort -n -k"$2" "$tmp/$1" | awk -v c="$2" '{v[NR] = $c} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print v[1], m}'
}
med() { stat "$1" "$2" | cut -d' ' -f2; }

row() { # row LABEL NAME DOCS PAGES
	local name=$2 docs=$3 pages=$4
	[ -s "$tmp/$name" ] || return 0
	read -r wmin wmed < <(stat "$name" 1)
	read -r cmin cmed < <(stat "$name" 2)
	read -r _ rmed < <(stat "$name" 3)
	awk -v l="$1" -v wmin="$wmin" -v wmed="$wmed" -v cmin="$cmin" -v cmed="$cmed" -v rss="$rmed" -v d="$docs" -v p="$pages" 'BEGIN {
		w = (wmed > 0) ? wmed : 0.001; c = (cmed > 0) ? cmed : 0.001
		printf "%-30s %7.3f %7.3f %7.3f %7.3f %7.0f %8.1f %8.1f %8.1f\n", l, cmin, cmed, wmin, wmed, rss / 1024, d / w, p / w, p / c
	}'
}
ratio() { # ratio LABEL A B: median CPU of A over B
	[ -s "$tmp/$2" ] && [ -s "$tmp/$3" ] || return 0
	awk -v l="$1" -v a="$(med "$2" 2)" -v b="$(med "$3" 2)" 'BEGIN { printf "  %-44s %5.2f×  (%.3f s / %.3f s)\n", l, a / b, a, b }'
}

printf '\n%-30s %7s %7s %7s %7s %7s %8s %8s %8s\n' "" "CPU min" "CPU med" "wall min" "wall med" "RSS MB" "docs/s" "pages/s" "pages/cpu-s"
row "pdftotext, all files" all_pdftotext "$ndocs" "$total_pages"
row "budgetpdf extract, all files" all_extract "$ndocs" "$total_pages"
row "budgetpdf import, all files" all_import "$ndocs" "$total_pages"
row "pdftotext, $bigp pages" big_pdftotext 1 "$bigp"
row "budgetpdf extract, $bigp pages" big_extract 1 "$bigp"
row "  extract --in-process" big_inprocess 1 "$bigp"
row "pdftotext, $smallp page(s)" small_pdftotext 1 "$smallp"
row "budgetpdf extract, $smallp page(s)" small_extract 1 "$smallp"
echo
echo "CPU ratio budgetpdf / pdftotext -bbox-layout (median; ≤ 1.00 is the goal):"
ratio "import, all $ndocs files ($total_pages pages)" all_import all_pdftotext
ratio "extract, all $ndocs files" all_extract all_pdftotext
ratio "extract, $(basename "$big") ($bigp pages)" big_extract big_pdftotext
ratio "extract, $(basename "$small") ($smallp pages)" small_extract small_pdftotext
echo "extract of $(basename "$small"): wall min $(stat small_extract 1 | cut -d' ' -f1) s, median $(med small_extract 1) s"
