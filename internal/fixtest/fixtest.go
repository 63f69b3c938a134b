// Package fixtest proves a check's fixes the way its users meet them: applied
// to the test packages as cbclint -fix applies them, the result must be Go that
// gofmt formats, pass go vet, and be free of the findings that were fixed.
// It is used only by tests.
package fixtest

import (
	"bytes"
	"cmp"
	"go/format"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Verify copies testdata/src into a temporary GOPATH, runs a on pkgs there
// and applies the fix of every finding that has exactly one; a finding with
// several equally likely fixes is left, as cbclint -fix leaves it. Edits of
// different fixes must not overlap, and at least one fix must be applied.
// Then an edited file that was gofmt-clean is formatted, as the drivers of
// fixes do (gofmt must succeed), go vet must pass on pkgs (they compile, with
// their stubs), and linting them again must report exactly the findings that
// had no fix applied, file by file.
func Verify(t *testing.T, a *analysis.Analyzer, testdata string, pkgs ...string) {
	t.Helper()
	if len(pkgs) == 0 {
		t.Fatal("fixtest.Verify: no packages")
	}
	gopath := t.TempDir()
	src := filepath.Join(gopath, "src")
	if err := os.CopyFS(src, os.DirFS(filepath.Join(testdata, "src"))); err != nil {
		t.Fatal(err)
	}
	fset, diags := Lint(t, a, gopath, pkgs...)
	edits := map[string][]analysis.TextEdit{} // by file
	var unfixed []string
	for _, d := range diags {
		if len(d.SuggestedFixes) != 1 {
			unfixed = append(unfixed, finding(t, fset, src, d))
			continue
		}
		for _, e := range d.SuggestedFixes[0].TextEdits {
			name := fset.File(e.Pos).Name()
			edits[name] = append(edits[name], e)
		}
	}
	if len(edits) == 0 {
		t.Fatalf("no fix to apply in %s", strings.Join(pkgs, ", "))
	}
	for name, es := range edits {
		apply(t, fset, name, es)
	}
	t.Logf("applied the fixes of %d findings in %d files; %d findings have no fix or several", len(diags)-len(unfixed), len(edits), len(unfixed))

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
		t.Errorf("after the fixes, the findings are\n\t%s\nwant the ones that had no fix applied:\n\t%s",
			strings.Join(remaining, "\n\t"), strings.Join(unfixed, "\n\t"))
	}
}

// Lint loads pkgs from the GOPATH tree gopath, fails on any compile error, and
// returns a's findings in them.
func Lint(t *testing.T, a *analysis.Analyzer, gopath string, pkgs ...string) (*token.FileSet, []analysis.Diagnostic) {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: filepath.Join(gopath, "src"), Env: env(gopath)}
	loaded, err := packages.Load(cfg, pkgs...)
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
	return append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local")
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

// apply writes the edits into the named file. Identical edits (two findings
// fixed alike) are applied once; any other overlap fails the test, as does
// a file that was gofmt-clean and is not after the edits.
func apply(t *testing.T, fset *token.FileSet, name string, edits []analysis.TextEdit) {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(edits[0].Pos)
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End), bytes.Compare(a.NewText, b.NewText))
	})
	edits = slices.CompactFunc(edits, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	})
	var out bytes.Buffer
	at, last := 0, -1 // the end and start of the last edit
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(cmp.Or(e.End, e.Pos))
		if start < at || start == last && start == at && start == end {
			t.Fatalf("fixes overlap at %s", fset.Position(e.Pos))
		}
		out.Write(src[at:start])
		out.Write(e.NewText)
		at, last = end, start
	}
	out.Write(src[at:])
	fixed := out.Bytes()
	if isFormatted(src) {
		// cbclint -fix and go vet -fix format a fixed file (a literal that
		// grows moves the comments aligned with it); it must still be Go.
		if fixed, err = format.Source(fixed); err != nil {
			t.Fatalf("%s was gofmt-clean; after the fixes, gofmt fails: %v\n%s", name, err, out.Bytes())
		}
	}
	if err := os.WriteFile(name, fixed, 0o644); err != nil {
		t.Fatal(err)
	}
}

func isFormatted(src []byte) bool {
	b, err := format.Source(src)
	return err == nil && bytes.Equal(b, src)
}
