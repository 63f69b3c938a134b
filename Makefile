# cbclint — see README.md. Every target works on a bare machine with Go.
GO      ?= go
BIN     ?= bin/cbclint

.PHONY: all build test unit e2e e2e-run e2e-early e2e-late e2e-tools e2e-modules e2e-frontends golangci lint example generate fuzz fuzz-ci bench bench-real readme-timings soak tag clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/cbclint

# The README's test command: every test, the slow end-to-end ones included.
# golangci-lint with the plugin takes longest to build (from an empty build
# cache, minutes): the unit tests and the end-to-end tests that do not run it
# (e2e-early: one go test, so that each test binary is built once) run while
# it builds; then the ones that do (e2e-late).
test:
	@$(MAKE) --no-print-directory -j2 e2e-early golangci
	@$(MAKE) --no-print-directory e2e-late

# Quick tests for iterating: go test ./... skips the slow end-to-end tests.
unit:
	$(GO) test ./...

# The slow end-to-end tests (real binaries, real go vet, golangci-lint, pre-commit,
# the real SDK). The binaries are built, and the modules downloaded, first, by
# make, which says what it is doing; the tests take them from CBCLINT_BIN and
# CBCLINT_GOLANGCI (without those they build their own). A test that hangs
# fails after E2E_TIMEOUT, far above the few minutes they take on a shared
# 2-core machine, and the next run removes what it left in the temporary
# directory (internal/e2etest).
E2E_TIMEOUT ?= 30m
E2E_ENV = CBCLINT_E2E=1 CBCLINT_BIN=$(abspath $(BIN)) CBCLINT_GOLANGCI=$(abspath $(GCL))
e2e: e2e-tools
	@$(MAKE) --no-print-directory e2e-run

e2e-run:
	@echo '== end-to-end tests (go test -run E2E ./..., at most $(E2E_TIMEOUT))'
	$(E2E_ENV) $(GO) test -count=1 -timeout $(E2E_TIMEOUT) -run 'E2E' ./...

# The end-to-end tests split for make test: those that run golangci-lint
# (E2E_GOLANGCI, in internal/e2e) after it is built (e2e-late), every other
# one before, while it builds, with the unit tests (e2e-early). Together they
# are go test ./... with the end-to-end tests: a test of golangci-lint missing
# from E2E_GOLANGCI runs early and builds its own.
E2E_GOLANGCI = TestE2E.*(Golangci|CrossPackage)
e2e-early: build e2e-modules
	@echo '== the unit tests and the end-to-end tests but those of golangci-lint (while golangci-lint builds)'
	CBCLINT_E2E=1 CBCLINT_BIN=$(abspath $(BIN)) $(GO) test -count=1 -timeout $(E2E_TIMEOUT) -skip '$(E2E_GOLANGCI)' ./...

e2e-late: golangci
	@echo '== end-to-end tests of golangci-lint (go test -run '\''$(E2E_GOLANGCI)'\'' ./internal/e2e/)'
	$(E2E_ENV) $(GO) test -count=1 -timeout $(E2E_TIMEOUT) -run '$(E2E_GOLANGCI)' ./internal/e2e/

# What the end-to-end tests run and read: the cbclint binary, golangci-lint
# with the plugin, and the modules of testdata/sdkclient and testdata/httpclient.
e2e-tools: build golangci e2e-modules

e2e-modules:
	@echo '== downloading the modules the end-to-end tests use: the Huawei Cloud SDK v0.1.207 (testdata/sdkclient), resty and retryablehttp (testdata/httpclient)'
	cd testdata/sdkclient && $(GO) mod download
	cd testdata/httpclient && $(GO) mod download

# Only the end-to-end tests of the front ends: golangci-lint, go vet, pre-commit.
e2e-frontends: build golangci
	$(E2E_ENV) $(GO) test -count=1 -timeout $(E2E_TIMEOUT) -run 'E2E' ./internal/e2e/

# golangci-lint v2 with the cbclint plugin, as `golangci-lint custom` builds it
# from .custom-gcl.yml, built from the Go module proxy alone (tools/golangci).
# go build relinks it only when something it is made of changed.
# After a dependency change in go.mod: cd tools/golangci && go mod tidy.
GCL     ?= bin/custom-gcl
golangci:
	@echo '== building golangci-lint v2.15.0 with the cbclint plugin into $(GCL) (the first time it downloads and compiles about 1200 packages: minutes)'
	cd tools/golangci && $(GO) build -o $(abspath $(GCL)) .

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt needed'; exit 1; }
	$(GO) vet ./...
	$(GO) run ./cmd/cbclint -test=false ./... # tests hold mistyped codes on purpose

# Run cbclint on the bundled example: it reports the bugs the example contains (exit status 3).
example: build
	cd testdata/example && ../../$(BIN) ./... ; test $$? -eq 3

generate:
	$(GO) generate ./catalog

# Every fuzz target for longer, while developing.
fuzz:
	$(MAKE) fuzz-ci FUZZTIME=30s

# Every fuzz target in the repository (found by grep), FUZZTIME each: for CI.
FUZZTIME ?= 10s
fuzz-ci:
	@set -e; for f in $$(grep -rl --include='*_test.go' '^func Fuzz' . | grep -v -e '/testdata/' -e '^\./tools/' -e '^\./\.' | sort); do \
		for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
			echo "== $$(dirname $$f) $$t"; \
			$(GO) test $$(dirname $$f) -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME); \
		done; \
	done

# Speed against the floor, go vet and exhaustive on the Huawei Cloud SDK and a
# synthetic corpus, and against the floor on the multi-cloud corpus
# (tools/bench/multicloud: cold, the fact cache alone warm, and warm with the
# results cache; its findings are checked)
# (see BENCHMARKS.md). RUNS rounds; BENCHFLAGS for more, e.g.
# BENCHFLAGS='-profile' or BENCHFLAGS='-scales=1,4'. Downloads the SDK's
# dependencies through the module proxy on the first run.
RUNS       ?= 5
BENCHFLAGS ?=
bench:
	cd tools/bench && $(GO) run ./cmd/bench -runs=$(RUNS) $(BENCHFLAGS)

# cbclint on a real codebase through every front end (standalone, go vet
# -vettool, the golangci-lint plugin alone and with golangci's default
# linters), each against its floor, cold and warm, wall and peak RSS, as a
# markdown table (tools/bench/cmd/realbench). Run it under flock on a shared
# machine. E.g. make bench-real REAL=/work/real/HCP PATTERN=./...
REAL      ?=
PATTERN   ?= ./...
FRONTENDS ?= standalone,vet,golangci
bench-real: build golangci
	@test -n "$(REAL)" || { echo 'make bench-real REAL=/path/to/codebase [PATTERN=./...] [RUNS=5] [FRONTENDS=standalone,vet,golangci]'; exit 2; }
	cd tools/bench && $(GO) build -o $(abspath bin/bench)/ ./cmd/driver ./cmd/floorvet ./cmd/realbench
	bin/bench/realbench -C $(REAL) -runs=$(RUNS) -frontends=$(FRONTENDS) -cbclint=$(BIN) -gcl=$(GCL) \
		-driver=bin/bench/driver -floorvet=bin/bench/floorvet $(PATTERN)

# Measure the figures the README states and write them into README.md, with
# the machine and as ratios to a floor measured in the same run
# (tools/readmetimings). Commit the result; run it on a quiet machine.
readme-timings:
	$(GO) run ./tools/readmetimings -count=$(RUNS)

# Every check over std, golang.org/x/tools/..., the SDK and a module of unusual
# and broken code: no panic, no analysis error, no false alarm, deterministic output.
SOAKFLAGS ?=
soak:
	cd tools/bench && $(GO) run ./cmd/soak $(SOAKFLAGS)

# Tag a release: v + VERSION, on a clean checkout whose VERSION is what is
# released (README: Releases). Push the tag yourself: git push origin v$$(cat VERSION).
tag:
	@grep -Eqx '[0-9]+\.[0-9]+\.[0-9]+' VERSION || { echo 'VERSION is not MAJOR.MINOR.PATCH'; exit 1; }
	@test -z "$$(git status --porcelain)" || { echo 'uncommitted changes: commit them first'; exit 1; }
	git tag -a v$$(cat VERSION) -m "cbclint v$$(cat VERSION)"

clean:
	rm -rf bin
