# cbclint — see README.md. Every target works on a bare machine with Go.
GO      ?= go
BIN     ?= bin/cbclint

.PHONY: all build test unit e2e lint example generate fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/cbclint

# The README's test command: every test, the slow end-to-end ones included.
test: unit e2e

# Quick tests for iterating: go test ./... skips the slow end-to-end tests.
unit:
	$(GO) test ./...

# The slow end-to-end tests (real binaries, real go vet, golangci-lint, pre-commit, the real SDK).
e2e:
	CBCLINT_E2E=1 $(GO) test -count=1 -run 'E2E' ./...

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt needed'; exit 1; }
	$(GO) vet ./...
	$(GO) run ./cmd/cbclint -test=false ./... # tests hold mistyped codes on purpose

# Run cbclint on the bundled example: it reports the bugs the example contains (exit status 3).
example: build
	cd testdata/example && ../../$(BIN) ./... ; test $$? -eq 3

generate:
	$(GO) generate ./catalog

fuzz:
	$(GO) test ./catalog -run '^$$' -fuzz FuzzNormalize -fuzztime 20s
	$(GO) test ./catalog -run '^$$' -fuzz FuzzNearest -fuzztime 20s
	$(GO) test ./catalog -run '^$$' -fuzz FuzzExtend -fuzztime 20s

clean:
	rm -rf bin
