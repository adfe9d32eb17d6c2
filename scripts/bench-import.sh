#!/usr/bin/env bash
# bench-import: import of N documents (default 1,000) with --jobs 1 and
# --jobs 2, whole process, alternating REPS times (default 1).
#
#   N=1000 scripts/bench-import.sh [DIR]      (make bench-import)
#
# The documents are distinct copies of the PDFs of DIR (default the bundled
# testdata/pdf): file i is PDF i mod |DIR| with a comment line appended
# after its end, so that every copy has its own sha256 and is imported,
# not skipped. Printed per run: CPU (user+sys of import and its children),
# wall, docs/s, pages/s, the peak RSS of the largest process (/usr/bin/time)
# and the peak of the whole process tree summed (sampled every 0.5 s), and
# that sum at 20 % and at 90 % of the run — flat memory means they match.
set -euo pipefail

BIN=${BIN:-bin/budgetpdf}
N=${N:-1000}
REPS=${REPS:-1}
JOBS_LIST=${JOBS_LIST:-"1 2"}
dir=${1:-testdata/pdf}
[ -x "$BIN" ] || { echo "bench-import: $BIN missing (make build)" >&2; exit 1; }
mapfile -t src < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
[ ${#src[@]} -gt 0 ] || { echo "bench-import: no PDF in $dir" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
pages=0
declare -A pg
for f in "${src[@]}"; do
	if command -v pdfinfo >/dev/null; then
		pg[$f]=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2; exit}')
	else
		pg[$f]=$("$BIN" extract --compact "$f" 2>/dev/null | grep -o '"pages":[0-9]*' | head -1 | cut -d: -f2)
	fi
done
for i in $(seq 0 $((N - 1))); do
	f=${src[$((i % ${#src[@]}))]}
	out=$(printf '%s/in/%04d-%s' "$tmp" "$i" "$(basename "$f")")
	{ cat "$f"; printf '\n%% bench copy %d\n' "$i"; } >"$out"
	pages=$((pages + ${pg[$f]:-0}))
done
echo "bench-import: $N documents, $pages pages (copies of ${#src[@]} PDFs of $dir); $(nproc) cores"

# tree_rss PID: the summed VmRSS (KB) of PID and its descendants.
tree_rss() {
	local pids=$1 all=$1 next
	while [ -n "$pids" ]; do
		next=$(for p in $pids; do cat /proc/"$p"/task/*/children 2>/dev/null; done | tr '\n' ' ')
		all="$all $next"
		pids=$(echo "$next" | xargs)
	done
	for p in $all; do awk '/^VmRSS:/{print $2}' /proc/"$p"/status 2>/dev/null; done | awk '{s += $1} END {print s + 0}'
}

printf '\n%-6s %8s %8s %8s %8s %9s %9s %9s %9s\n' jobs "CPU s" "wall s" docs/s pages/s "peak MB" "tree MB" "@20% MB" "@90% MB"
for r in $(seq "$REPS"); do
	for j in $JOBS_LIST; do
		rm -f "$tmp"/db*
		/usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$BIN" import --jobs "$j" --db "$tmp/db" "$tmp/in" 2>"$tmp/err" &
		tp=$!
		: >"$tmp/samples"
		while kill -0 $tp 2>/dev/null; do
			tree_rss $tp >>"$tmp/samples"
			sleep 0.5
		done
		wait $tp || { echo "bench-import: import failed" >&2; tail -3 "$tmp/err" >&2; exit 1; }
		read -r wall usr sys peak <"$tmp/t"
		awk -v j="$j" -v n="$N" -v p="$pages" -v w="$wall" -v u="$usr" -v sy="$sys" -v pk="$peak" '
			{ v[NR] = $1; if ($1 > max) max = $1 }
			END { a = v[int(NR * 0.2) + 1]; b = v[int(NR * 0.9) + 1]
				printf "%-6s %8.2f %8.2f %8.1f %8.1f %9.0f %9.0f %9.0f %9.0f\n", j, u + sy, w, n / w, p / w, pk / 1024, max / 1024, a / 1024, b / 1024 }' "$tmp/samples" | tee -a "$tmp/rows"
	done
done
awk '{ c[$1] = $2; w[$1] = $3 } END { if (("1" in w) && ("2" in w)) printf "\n2 jobs vs 1: %.2fx the docs/s (wall %.2f s -> %.2f s), CPU %.2f s -> %.2f s\n", w["1"] / w["2"], w["1"], w["2"], c["1"], c["2"] }' "$tmp/rows"
