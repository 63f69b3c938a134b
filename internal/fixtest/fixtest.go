// Package fixtest proves a check's fixes the way its users meet them: applied
// to the test packages by cbclint -fix itself (internal/driver.Fix), the result
// must pass go vet and be free of the findings that were fixed. It is used
// only by tests.
package fixtest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/driver"
)

// Verify copies testdata/src into a temporary GOPATH, runs a on pkgs there
// and applies the fixes with cbclint -fix, which applies the fix of every
// finding that has exactly one (a finding with several equally likely fixes
// is left), formats a fixed file that was gofmt-clean, and drops a fix that
// overlaps another or keeps a package from compiling. Then go vet must pass on
// pkgs (they compile, with their stubs), and linting them again must report
// exactly the findings that had no single fix, file by file: a fix that -fix
// dropped, or that leaves its finding behind, fails the test.
func Verify(t *testing.T, a *analysis.Analyzer, testdata string, pkgs ...string) {
	t.Helper()
	if len(pkgs) == 0 {
		t.Fatal("fixtest.Verify: no packages")
	}
	gopath := tree(t, testdata)
	src := filepath.Join(gopath, "src")
	if err := copyTree(src, filepath.Join(testdata, "src")); err != nil {
		t.Fatal(err)
	}
	fset, diags := Lint(t, a, gopath, pkgs...)
	var unfixed []string
	for _, d := range diags {
		if len(d.SuggestedFixes) != 1 {
			unfixed = append(unfixed, finding(t, fset, src, d))
		}
	}
	if len(unfixed) == len(diags) {
		t.Fatalf("no fix to apply in %s", strings.Join(pkgs, ", "))
	}

	var out bytes.Buffer
	var code int
	checktest.InGOPATH(gopath, func() { code = driver.Fix(src, pkgs, []*analysis.Analyzer{a}, &out) })
	if code != 0 && code != 3 {
		t.Fatalf("cbclint -fix: exit status %d\n%s", code, out.String())
	}
	t.Logf("cbclint -fix:\n%s", out.String())

	vet := exec.Command("go", append([]string{"vet"}, pkgs...)...)
	vet.Dir, vet.Env = src, env(gopath)
	if out, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("go vet on the fixed packages: %v\n%s", err, out)
	}

	fset, again := Lint(t, a, gopath, pkgs...)
	var remaining []string
	for _, d := range again {
		remaining = append(remaining, finding(t, fset, src, d))
	}
	slices.Sort(unfixed)
	slices.Sort(remaining)
	if !slices.Equal(remaining, unfixed) {
		t.Errorf("after cbclint -fix, the findings are\n\t%s\nwant the ones that had no single fix:\n\t%s\ncbclint -fix said:\n%s",
			strings.Join(remaining, "\n\t"), strings.Join(unfixed, "\n\t"), out.String())
	}
}

// tree returns an empty directory for the GOPATH copy of testdata that the
// test t fixes, removed when t ends. Its name is the same in every run of
// t on testdata: the go command's build cache keys a package by its
// directory as well as its files, so in a stable directory the packages that
// go list -export and go vet compile (the stubs, and the fixed packages when
// the fixes are the same) come from the cache in the next run, as in a
// fixed tree; in a new temporary directory each run compiles them all.
// Two runs of the same test of the same checkout at once would share it:
// go test never does that.
func tree(t *testing.T, testdata string) string {
	t.Helper()
	abs, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256([]byte(abs + "\x00" + t.Name()))
	dir := filepath.Join(os.TempDir(), "cbclint-fixtest", hex.EncodeToString(h[:8]))
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// Lint loads pkgs from the GOPATH tree gopath (without their tests) as go vet
// presents them to a (checktest.Load), fails on any compile error, and returns
// a's findings in them.
func Lint(t *testing.T, a *analysis.Analyzer, gopath string, pkgs ...string) (*token.FileSet, []analysis.Diagnostic) {
	t.Helper()
	loaded, err := checktest.Load(gopath, false, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(loaded, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s does not compile: %v", p.PkgPath, e)
		}
	})
	if t.Failed() {
		t.FailNow()
	}
	g, err := checker.Analyze([]*analysis.Analyzer{a}, loaded, nil)
	if err != nil {
		t.Fatal(err)
	}
	var diags []analysis.Diagnostic
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		diags = append(diags, act.Diagnostics...)
	}
	return loaded[0].Fset, diags
}

// env is the environment of the go command for the GOPATH tree gopath.
func env(gopath string) []string {
	env := os.Environ()
	for k, v := range checktest.GOPATHEnv(gopath) {
		env = append(env, k+"="+v)
	}
	return env
}

// finding names d by its file (relative to src) and message: fixes move the
// findings that remain to other lines, never to other files.
func finding(t *testing.T, fset *token.FileSet, src string, d analysis.Diagnostic) string {
	t.Helper()
	rel, err := filepath.Rel(src, fset.File(d.Pos).Name())
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(rel) + ": " + d.Message
}

// copyTree copies the directory from into to, following symbolic links:
// testdata trees share the SDK's stubs through links, which would not
// resolve from the copy.
func copyTree(to, from string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := filepath.EvalSymlinks(path)
			if err != nil {
				return err
			}
			return copyTree(filepath.Join(to, rel), target)
		case d.IsDir():
			return os.MkdirAll(filepath.Join(to, rel), 0o777)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o666)
	})
}
