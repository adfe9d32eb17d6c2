#!/usr/bin/env bash
# kill-trials.sh: stop `budgetpdf import` with SIGKILL, SIGTERM and SIGINT
# part-way through, many times, and check what it leaves behind: the
# database passes PRAGMA integrity_check, every stored document is whole
# (its section and project rows match its JSON), and no extract-worker
# child is left running; after SIGTERM and SIGINT (a clean stop) the .db
# file alone, copied without its -wal, holds every stored document (after
# SIGKILL, SQLite's WAL may still hold the last commits: the "alone"
# column says how many the file holds by itself).
#
# Usage: scripts/kill-trials.sh [-n TRIALS] [-b BIN] [-j JOBS] [PDF...]
#   -n  trials per signal (default 10)
#   -b  the budgetpdf binary (default bin/budgetpdf; `make build` first)
#   -j  import --jobs (default 2)
#   PDF files to import (default: testdata/pdf/dev-*.pdf and the 33-page
#   real-wanli-2024.pdf, slow enough to be cut mid-extraction). Each is copied
#   under several names, with a different trailing comment so each copy is
#   its own document (own sha256), into a folder of about 20 files.
#
# Prints one row per trial and a summary per signal; exits 1 if any trial
# left a bad database, a partial document or a process.
# Needs bash, python3 (its sqlite3 module) and Linux /proc.
set -u
trials=10 bin=bin/budgetpdf jobs=2
while getopts "n:b:j:" o; do
	case $o in
	n) trials=$OPTARG ;;
	b) bin=$OPTARG ;;
	j) jobs=$OPTARG ;;
	*) sed -n '2,17p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- testdata/pdf/dev-*.pdf testdata/pdf/real-wanli-2024.pdf
bin=$(realpath "$bin") || exit 2
[ -x "$bin" ] || { echo "no binary $bin (run make build)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/budgetpdf-kill-trials.XXXXXX")
trap 'rm -rf "$work"' EXIT
in=$work/in
mkdir "$in"
i=0
while [ "$i" -lt 20 ]; do
	for f in "$@"; do
		[ "$i" -lt 20 ] || break
		name=$(basename "$f" .pdf)
		{ cat "$f"; printf '\n%% copy %d\n' "$i"; } > "$in/$(printf '%02d' "$i")-$name.pdf"
		i=$((i + 1))
	done
done

# children PID: the processes whose parent is PID.
children() { ps -o pid= --ppid "$1"; }

# descendants PID: every process below PID.
descendants() {
	local c
	for c in $(children "$1"); do
		echo "$c"
		descendants "$c"
	done
}

# leftovers: the processes alive at the signal ($kids) that still run (not
# zombies), and any running process whose command line names the trial
# folder (a child started per file gets a file from $in). The marker goes
# to awk through the environment: on its command line, awk would find
# itself.
leftovers() {
	{
		for k in $kids; do
			st=$(ps -o stat= -p "$k" 2>/dev/null) && [ "${st#Z}" = "$st" ] && echo "$k"
		done
		ps -eo pid=,stat=,args= | M="$in" awk '$2 !~ /^Z/ && index($0, ENVIRON["M"]) { print $1 }'
	} | sort -u
}

# check DB: integrity, documents, failures, partial documents.
check() {
	python3 - "$1" <<'PY'
import json, sqlite3, sys
try:
    db = sqlite3.connect(sys.argv[1])
    integ = db.execute("PRAGMA integrity_check").fetchone()[0]
    docs = db.execute("SELECT id, json FROM documents").fetchall()
    errs = db.execute("SELECT count(*) FROM import_errors").fetchone()[0]
    partial = 0
    for id, raw in docs:
        d = json.loads(raw)
        secs = db.execute("SELECT count(*) FROM sections WHERE document_id=?", (id,)).fetchone()[0]
        projs = db.execute("SELECT count(*) FROM projects WHERE document_id=?", (id,)).fetchone()[0]
        if secs != len(d.get("sections") or []) or projs != len(d.get("projects") or []):
            partial += 1
    print(integ, len(docs), errs, partial)
except sqlite3.Error as e:
    # no database yet (killed before it was created) counts as clean
    msg = str(e)
    print("ok 0 0 0" if "no such table" in msg else "error:" + msg.replace(" ", "_"), 0, 0, 0)
PY
}

# alone DB: the documents the .db file holds without its -wal.
alone() {
	rm -f "$work/alone.db" "$work/alone.db-wal" "$work/alone.db-shm"
	[ -f "$1" ] || { echo 0; return; }
	cp "$1" "$work/alone.db"
	python3 -c 'import sqlite3, sys
try: print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents").fetchone()[0])
except sqlite3.Error: print(0)' "$work/alone.db"
}

printf '%-8s %5s %7s %5s %5s %5s %8s %7s %5s %5s\n' signal trial killat exit docs errs integrity partial left alone
bad=0
for sig in KILL TERM INT; do
	sbad=0 sdocs=0
	for t in $(seq 1 "$trials"); do
		db=$work/t.db
		rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
		"$bin" import --db "$db" --jobs "$jobs" "$in" > "$work/out" 2> "$work/err" &
		pid=$!
		# Wait until children run, then a varying while more, so that the
		# signal falls before, during and between commits.
		for _ in $(seq 100); do [ -n "$(children $pid)" ] && break; sleep 0.05; done
		delay=$(awk -v t="$t" 'BEGIN { printf "%.2f", (t * 37 % 100) / 50 }')
		sleep "$delay"
		kids=$(descendants "$pid") # the extraction children alive at the signal
		kill -"$sig" "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		rc=$?
		left=0
		# Pdeathsig is delivered as the parent's threads exit: a child still
		# running half a second later is an orphan (a good file takes about
		# that long to extract, so a slower grace would let orphans finish).
		for _ in $(seq 5); do
			left=$(leftovers | wc -l)
			[ "$left" -eq 0 ] && break
			sleep 0.1
		done
		for p in $(leftovers); do # say what was left, and never leave it
			ps -o pid=,args= -p "$p" | sed 's/^/  left: /' >&2
			kill -KILL "$p" 2>/dev/null
		done
		nalone=$(alone "$db")
		read -r integ docs errs partial < <(check "$db")
		printf '%-8s %5d %6ss %5d %5d %5d %8s %7d %5d %5d\n' "SIG$sig" "$t" "$delay" "$rc" "$docs" "$errs" "$integ" "$partial" "$left" "$nalone"
		incomplete=0
		[ "$sig" != KILL ] && [ "$nalone" -ne "$docs" ] && incomplete=1
		if [ "$integ" != ok ] || [ "$partial" -ne 0 ] || [ "$left" -ne 0 ] || [ "$incomplete" -ne 0 ]; then
			sbad=$((sbad + 1))
		fi
		sdocs=$((sdocs + docs))
	done
	echo "SIG$sig: $trials trials, $sbad bad, $sdocs documents stored in all"
	bad=$((bad + sbad))
done
[ "$bad" -eq 0 ]
