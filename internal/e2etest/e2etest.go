// Package e2etest has the helpers of the end-to-end tests: they build real
// binaries and run real tools, so they are slow and run only when
// CBCLINT_E2E=1 (make test sets it; go test ./... alone skips them).
package e2etest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
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
	binPath   string
	buildErr  error
	buildOut  []byte
	tmpRoot   string // RunTests's temporary directory, removed at the end
)

// RunTests runs the tests of a package that uses Binary. Call it from the
// package's TestMain: os.Exit(e2etest.RunTests(m)).
//
// Everything the tests and the tools they run write to the temporary
// directory (t.TempDir, go build's work directories, golangci-lint's and
// pre-commit's files) goes into one directory, cbclint-e2e-pid<pid>-*, which
// is removed at the end. A test that times out kills the process before that:
// the next run removes the directories of processes that are gone.
func RunTests(m *testing.M) int {
	removeStale(os.TempDir())
	var err error
	tmpRoot, err = os.MkdirTemp("", fmt.Sprintf("%s%d-", stalePrefix, os.Getpid()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmpRoot)
	// os.TempDir reads TMPDIR, and so do the go command, git and Python.
	if err := os.Setenv("TMPDIR", tmpRoot); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// stalePrefix starts the name of each test process's temporary directory;
// the process id follows.
const stalePrefix = "cbclint-e2e-pid"

// removeStale removes the temporary directories of test processes that are
// gone (timed out, killed), and those that earlier versions of these tests
// named cbclint-e2e-* without a process id, once they are a day old.
func removeStale(tmp string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, "cbclint-e2e-") {
			continue
		}
		if rest, ok := strings.CutPrefix(name, stalePrefix); ok {
			pid, err := strconv.Atoi(rest[:max(strings.IndexByte(rest, '-'), 0)])
			if err == nil && !alive(pid) {
				os.RemoveAll(filepath.Join(tmp, name))
			}
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
			os.RemoveAll(filepath.Join(tmp, name))
		}
	}
}

// alive tells whether process pid runs. Where that cannot be told (Windows,
// another user's process) it answers yes, and the directory stays.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}

// Binary returns the path of the cbclint binary: $CBCLINT_BIN when set (make
// e2e builds bin/cbclint once for every test package), otherwise built from
// cmd/cbclint once per test process.
func Binary(t testing.TB) string {
	t.Helper()
	if tmpRoot == "" {
		t.Fatal("e2etest.Binary: the package's TestMain must call e2etest.RunTests, which removes the binary afterwards")
	}
	buildOnce.Do(func() {
		if binPath = os.Getenv("CBCLINT_BIN"); binPath != "" {
			_, buildErr = os.Stat(binPath)
			return
		}
		binPath = filepath.Join(tmpRoot, "cbclint")
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
