package cbccode_test

import (
	"bytes"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/analyzer/cbccode"
)

// TestFixedFilesCompile applies the first fix of every finding, as cbclint -fix
// and go vet -fix do, to the packages of the fix tests, then loads the result:
// it must compile, and linting it again must report exactly the findings that
// had no fix.
func TestFixedFilesCompile(t *testing.T) {
	for _, pkg := range []string{"duplicates", "malformed", "unknown", "ambiguous", "instring", "short"} {
		t.Run(pkg, func(t *testing.T) {
			gopath := t.TempDir()
			if err := os.CopyFS(filepath.Join(gopath, "src"), os.DirFS(filepath.Join(analysistest.TestData(), "src"))); err != nil {
				t.Fatal(err)
			}
			fset, diags := lint(t, gopath, pkg)
			edits := map[string][]analysis.TextEdit{}
			var unfixed []string
			for _, d := range diags {
				if len(d.SuggestedFixes) == 0 {
					unfixed = append(unfixed, d.Message)
					continue
				}
				for _, e := range d.SuggestedFixes[0].TextEdits {
					name := fset.File(e.Pos).Name()
					edits[name] = append(edits[name], e)
				}
			}
			if len(edits) == 0 {
				t.Fatal("no fixes to apply")
			}
			for name, es := range edits {
				apply(t, fset, name, es)
			}
			_, again := lint(t, gopath, pkg)
			var remaining []string
			for _, d := range again {
				remaining = append(remaining, d.Message)
			}
			slices.Sort(unfixed)
			slices.Sort(remaining)
			if !slices.Equal(remaining, unfixed) {
				t.Errorf("after the fixes, the findings are\n\t%s\nwant the ones that had no fix:\n\t%s", strings.Join(remaining, "\n\t"), strings.Join(unfixed, "\n\t"))
			}
		})
	}
}

// lint loads pkg from the GOPATH tree gopath, fails on any compile error, and
// returns cbccode's findings.
func lint(t *testing.T, gopath, pkg string) (*token.FileSet, []analysis.Diagnostic) {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src", pkg),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s does not compile: %v", p.PkgPath, e)
		}
	})
	if t.Failed() {
		t.FailNow()
	}
	g, err := checker.Analyze([]*analysis.Analyzer{cbccode.Analyzer}, pkgs, nil)
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
	return pkgs[0].Fset, diags
}

// apply writes the edits into the file; they must not overlap.
func apply(t *testing.T, fset *token.FileSet, name string, edits []analysis.TextEdit) {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
	tf := fset.File(edits[0].Pos)
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		if start < at {
			t.Fatalf("%s: fixes overlap at offset %d", name, start)
		}
		out.Write(src[at:start])
		out.Write(e.NewText)
		at = end
	}
	out.Write(src[at:])
	if err := os.WriteFile(name, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHugeLiteralsGiveShortMessages lints string literals of megabytes: a
// message and a fix's title quote at most a few dozen characters of them.
func TestHugeLiteralsGiveShortMessages(t *testing.T) {
	gopath := t.TempDir()
	dir := filepath.Join(gopath, "src", "huge")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package huge\n\n" +
		"const digits = \"CBC." + strings.Repeat("5", 5_000_000) + "\"\n" +
		"const padded = \" cbc.5003" + strings.Repeat(" ", 1_000_000) + "\"\n" +
		"const prose = \"failed with CBC.5030: " + strings.Repeat("x", 1_000_000) + "\"\n"
	if err := os.WriteFile(filepath.Join(dir, "huge.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags := lint(t, gopath, "huge")
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.Message)
		for _, f := range d.SuggestedFixes {
			msgs = append(msgs, f.Message)
		}
	}
	for _, m := range msgs {
		if len(m) > 300 {
			t.Errorf("a message of %d bytes: %.100s…", len(m), m)
		}
	}
	if len(diags) != 2 || !strings.HasPrefix(diags[0].Message, `malformed CBC error code " cbc.5003      `) || !strings.HasPrefix(diags[1].Message, "unknown CBC error code CBC.5030: did you mean CBC.5003") {
		t.Errorf("want the padded code and the code in prose reported, the 5 million digits left alone (no code has that many); got %d findings:\n%.300s", len(diags), strings.Join(msgs, "\n"))
	}
}
