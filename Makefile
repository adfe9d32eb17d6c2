# Build tags: sqlite_fts5 enables FTS5 in go-sqlite3; ne keeps gse from
# embedding its 32 MB of dictionaries (we embed our own trimmed one).
TAGS    := sqlite_fts5 ne
GO      ?= go
GOFLAGS := -tags '$(TAGS)'
BIN     := bin/budgetpdf
SHARED  ?= ../shared
FUZZTIME ?= 30s

.PHONY: build test bench fuzz lint score sample clean

build:
	$(GO) build $(GOFLAGS) -o $(BIN) ./cmd/budgetpdf

test:
	$(GO) vet $(GOFLAGS) ./...
	$(GO) test $(GOFLAGS) ./...

bench:
	$(GO) test $(GOFLAGS) -run '^$$' -bench . -benchmem ./...

lint:
	$(GO) vet $(GOFLAGS) ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)

score: build
	$(SHARED)/eval/score.py --cli ./$(BIN) $(SHARED)/corpus/dev

clean:
	rm -rf bin
