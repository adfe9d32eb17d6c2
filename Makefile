# Build tags: sqlite_fts5 enables FTS5 in go-sqlite3; ne keeps gse from
# embedding its 32 MB of dictionaries (we embed our own trimmed one).
TAGS    := sqlite_fts5 ne
GO      ?= go
GOFLAGS := -tags '$(TAGS)'
# Stamp the VCS revision into the binary for --version: the go command
# does (-buildvcs=auto, whatever GOFLAGS the environment sets) in a git
# clone, but not in a git worktree, whose .git is a file; the revision is
# then passed to the linker.
REVISION := $(shell git rev-parse HEAD 2>/dev/null)$(shell test -n "$$(git status --porcelain 2>/dev/null)" && echo +dirty)
BUILDFLAGS := $(GOFLAGS) -buildvcs=auto -ldflags '-X main.linkedRevision=$(REVISION)'
BIN     := bin/budgetpdf
SHARED  ?= ../shared
FUZZTIME ?= 30s
FUZZPARALLEL ?= 1
FUZZMINIMIZE ?= 5s

.PHONY: build test bench bench-real bench-import fuzz lint score sample torture clean

# The recipe echoes itself on stderr, never stdout, so that the output of
# `make sample` is the JSON alone; the first build says why it is slow.
build:
	@test -e $(BIN) || echo "building $(BIN): the first build compiles SQLite's C code (a minute or two)" >&2
	@echo "$(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/budgetpdf" >&2
	@$(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/budgetpdf

test:
	$(GO) vet $(GOFLAGS) ./...
	$(GO) test $(GOFLAGS) ./...

bench:
	$(GO) test $(GOFLAGS) -run '^$$' -bench . -benchmem ./...

# What users run, whole process, beside pdftotext -bbox-layout on the same
# files in the same run (scripts/bench-real.sh: REPS, JOBS, SHARED).
bench-real: build
	SHARED=$(SHARED) scripts/bench-real.sh

# Import of N (default 1,000) distinct copies of the bundled PDFs with
# --jobs 1 and 2: docs/s, pages/s, peak RSS, memory over the run.
bench-import: build
	N=$${N:-1000} scripts/bench-import.sh

lint:
	$(GO) vet $(GOFLAGS) ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)

# The main job on the bundled sample: a real county disclosure's text
# (乐亭县人大常委会 2023), printed as the budgetpdf/v1 document; stdout is
# the JSON alone (make sample > doc.json).
sample: build
	@./$(BIN) extract testdata/leting-renda-2023-targets.txt

# Every fuzz target for FUZZTIME each (go test runs one target at a time),
# with FUZZPARALLEL workers (1: the machine is shared). FUZZMINIMIZE caps the
# time spent minimizing each new input: at the default 60s, FuzzOpen (whose
# inputs cost pdfcpu milliseconds each) spent most of 5 minutes minimizing.
fuzz:
	@for t in $$($(GO) test $(GOFLAGS) -list '^Fuzz' ./... | grep '^Fuzz'); do \
		pkg=$$(grep -rl "func $$t(" --include='*_test.go' . | head -1 | xargs dirname); \
		echo "== $$t ($$pkg)"; \
		$(GO) test $(GOFLAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -parallel $(FUZZPARALLEL) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg || exit 1; \
	done

# The hostile-input corpus (internal/torture: damaged, encrypted, bombs,
# oversized) through the built binary, one child process per file. Prints
# case, expected and actual outcome, time, peak memory and reason; fails on
# an unexpected outcome, a crash, a run past the deadline or over its memory
# cap. `make test` runs the fast part of the same corpus.
torture: build
	@BUDGETPDF_TORTURE=1 BUDGETPDF_TORTURE_BIN=$(CURDIR)/$(BIN) \
		$(GO) test $(GOFLAGS) -count=1 -timeout 30m -run '^TestTorture(Inputs)?$$' -v ./cmd/budgetpdf > bin/torture.log 2>&1; \
		rc=$$?; grep -v -E '^ *(=== RUN|--- PASS)' bin/torture.log; exit $$rc

score: build
	$(SHARED)/eval/score.py --cli ./$(BIN) $(SHARED)/corpus/dev
	@d=$$(mktemp -d) && scripts/silver-errata.py apply testdata/silver-errata/real-cn.json $(SHARED)/real-cn $$d && \
		$(SHARED)/eval/score_real.py --cli ./$(BIN) $$d; rc=$$?; rm -rf $$d; exit $$rc

clean:
	rm -rf bin
