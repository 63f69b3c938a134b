// Package e2etest has the helpers of the end-to-end tests: they build real
// binaries and run real tools, so they are slow and run only when
// CBCLINT_E2E=1 (make test sets it; go test ./... alone skips them).
package e2etest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// Require skips t unless end-to-end tests were asked for.
func Require(t testing.TB) {
	t.Helper()
	if os.Getenv("CBCLINT_E2E") != "1" {
		t.Skip("end-to-end test: run with CBCLINT_E2E=1 (make test does)")
	}
}

// Root is the repository root.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
	buildOut  []byte
)

// Binary builds cmd/cbclint once per test process and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "cbclint-e2e-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "cbclint")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/cbclint")
		cmd.Dir = Root()
		buildOut, buildErr = cmd.CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("building cbclint: %v\n%s", buildErr, buildOut)
	}
	return binPath
}
