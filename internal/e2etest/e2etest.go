// Package e2etest has the helpers of the end-to-end tests: they build real
// binaries and run real tools, so they are slow and run only when
// CBCLINT_E2E=1 (make test sets it; go test ./... alone skips them).
package e2etest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
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
	inMain    bool // RunTests runs the tests, and will remove binDir
)

// RunTests runs the tests of a package that uses Binary and then removes the
// binary, so that test runs leave nothing in the temporary directory. Call it
// from the package's TestMain: os.Exit(e2etest.RunTests(m)).
func RunTests(m *testing.M) int {
	inMain = true
	defer func() {
		if binDir != "" {
			os.RemoveAll(binDir)
		}
	}()
	return m.Run()
}

// Binary builds cmd/cbclint once per test process and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	if !inMain {
		t.Fatal("e2etest.Binary: the package's TestMain must call e2etest.RunTests, which removes the binary afterwards")
	}
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

// Result is what a command printed (stdout and stderr together) and its exit status.
type Result struct {
	Out  string
	Code int
}

// Run runs name in dir with the environment plus env.
func Run(t testing.TB, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return Result{out.String(), code}
}

var (
	diagnostic = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):(\d+): (.*)$`)
	// checkName ends a finding of the cbclint command: "message (cbccode)";
	// golangci-lint ends its with the linter's name, "(cbclint)", which stays.
	checkName = regexp.MustCompile(` \((cbc[a-z]+)\)$`)
)

// Findings are the diagnostics in out as "file:line:col: message", with file
// relative to dir, sorted, and without the check the cbclint command names at
// the end of each (go vet does not name it), so that front ends compare.
func Findings(out, dir string) []string { return findings(out, dir, false) }

// FindingsByCheck are the diagnostics in out as Findings gives them, but with
// the check that the cbclint command names at the end of each before its
// message, as golangci-lint prints it: "file:line:col: cbccode: message".
func FindingsByCheck(out, dir string) []string { return findings(out, dir, true) }

func findings(out, dir string, byCheck bool) []string {
	var got []string
	for _, m := range diagnostic.FindAllStringSubmatch(out, -1) {
		file := m[1]
		if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsAbs(file) {
			file = rel
		}
		msg := m[4]
		if c := checkName.FindStringSubmatch(msg); c != nil && c[1] != "cbclint" {
			msg = strings.TrimSuffix(msg, c[0])
			if byCheck {
				msg = c[1] + ": " + msg
			}
		}
		got = append(got, filepath.ToSlash(strings.TrimPrefix(file, "./"))+":"+m[2]+":"+m[3]+": "+msg)
	}
	slices.Sort(got)
	return got
}
