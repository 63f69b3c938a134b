package driver

import (
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/factcache"
)

// mark is the fact of markAnalyzer: the function's name starts with Mark.
type mark struct{ Name string }

func (*mark) AFact()           {}
func (m *mark) String() string { return "mark " + m.Name }

// markAnalyzer marks the functions named Mark... and reports, in any package,
// the calls of marked functions: it sees a function of another package only
// through its fact.
var markAnalyzer = &analysis.Analyzer{
	Name:      "mark",
	Doc:       "reports calls of functions named Mark..., through facts",
	FactTypes: []analysis.Fact{new(mark)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "Mark") {
					pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], &mark{fd.Name.Name})
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					var m mark
					if fn := typeutil.StaticCallee(pass.TypesInfo, call); fn != nil && pass.ImportObjectFact(fn, &m) {
						pass.Reportf(call.Pos(), "calls %s, %s", fn.FullName(), m.String())
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// writeTree writes files (path: text) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		name = filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoadDemandedFromSource proves the loader: the roots and the
// dependencies the checks ask for (cbcstatus: a helper that a package
// mentioning CBC imports, in the module, and one in a replaced module of its
// own) are type-checked from source and their facts reach the root; the
// standard library, a dependency that speaks no HTTP, and an HTTP helper that
// only another cloud's adaptor imports come from export data, unanalysed.
func TestLoadDemandedFromSource(t *testing.T) {
	t.Setenv("CBCLINT_CACHE", "off")
	dir := t.TempDir()
	writeTree(t, dir, demandTree)
	fromSource, got, _ := loadAndMark(t, filepath.Join(dir, "m"))
	for path, want := range map[string]bool{
		"example.com/m/root": true, "example.com/m/helper": true, "example.com/other/cbc": true,
		"example.com/m/aws": true, "example.com/m/awshttp": false,
		"example.com/m/quiet": false, "net/http": false, "strings": false,
	} {
		if got, ok := fromSource[path]; !ok || got != want {
			t.Errorf("%s: from source %v (loaded %v), want %v", path, got, ok, want)
		}
	}
	// awshttp's fact is lost with its syntax: the driver did not load it.
	want := []string{"calls example.com/m/helper.MarkSend, mark MarkSend", "calls example.com/other/cbc.MarkCheck, mark MarkCheck"}
	if !slices.Equal(got, want) {
		t.Errorf("root findings:\n got %q\nwant %q", got, want)
	}
}

// TestLoadFactCache proves the fact cache: a second run on an unchanged tree
// loads the demanded dependencies from export data and reads their facts from
// the cache, with the same findings; a changed file of one of them loads it
// from source again; a corrupt entry is recomputed.
func TestLoadFactCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("CBCLINT_CACHE", cache)
	dir := t.TempDir()
	writeTree(t, dir, demandTree)
	m := filepath.Join(dir, "m")
	deps := []string{"example.com/m/helper", "example.com/other/cbc"}
	want := []string{"calls example.com/m/helper.MarkSend, mark MarkSend", "calls example.com/other/cbc.MarkCheck, mark MarkCheck"}
	run := func(name string, wantSource map[string]bool, wantRead int) {
		t.Helper()
		fromSource, got, session := loadAndMark(t, m)
		for _, path := range deps {
			if fromSource[path] != wantSource[path] {
				t.Errorf("%s: %s from source %v, want %v", name, path, fromSource[path], wantSource[path])
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: root findings:\n got %q\nwant %q", name, got, want)
		}
		if session.Read != wantRead {
			t.Errorf("%s: %d entries read, want %d", name, session.Read, wantRead)
		}
	}
	all := map[string]bool{"example.com/m/helper": true, "example.com/other/cbc": true}
	run("first run", all, 0)
	run("second run", map[string]bool{}, 2*len(factAnalyzers(markAndChecks())))
	writeTree(t, dir, map[string]string{"other/cbc/cbc.go": demandTree["other/cbc/cbc.go"] + "\n// changed\n"})
	run("after a change of cbc", map[string]bool{"example.com/other/cbc": true}, len(factAnalyzers(markAndChecks())))
	// Every entry corrupt: all from source again.
	entries, _ := filepath.Glob(filepath.Join(cache, "*", "*-f"))
	if len(entries) == 0 {
		t.Fatal("no entries written")
	}
	for _, e := range entries {
		b, _ := os.ReadFile(e)
		b[len(b)-1] ^= 0xff
		os.WriteFile(e, b, 0o666)
	}
	run("corrupt entries", all, 0)
	run("rewritten entries", map[string]bool{}, 2*len(factAnalyzers(markAndChecks())))
}

func markAndChecks() []*analysis.Analyzer {
	return append([]*analysis.Analyzer{markAnalyzer}, analyzer.All(&config.Settings{})...)
}

// loadAndMark loads ./root and ./aws in dir as the command does, and returns
// which packages came from source, the mark analyzer's findings in the roots
// and the load's use of the fact cache.
func loadAndMark(t *testing.T, dir string) (map[string]bool, []string, *factcache.Session) {
	t.Helper()
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	pkgs, run, _, session, err := loadCached(dir, []string{"./root", "./aws"}, false, markAndChecks(), false)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	fromSource := map[string]bool{}
	for p := range packages.Postorder(pkgs) {
		if !p.Types.Complete() && p.Syntax != nil {
			t.Errorf("%s: incomplete types from source", p.PkgPath)
		}
		fromSource[p.PkgPath] = p.Syntax != nil
	}
	graph, err := checker.Analyze(run, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot && act.Analyzer.Name == "mark" {
			for _, d := range act.Diagnostics {
				got = append(got, d.Message)
			}
		}
	}
	slices.Sort(got)
	return fromSource, got, session
}

// demandTree is a module whose root mentions CBC (a host), beside another
// cloud's adaptor.
var demandTree = map[string]string{
	"m/go.mod": "module example.com/m\n\ngo 1.22\n\nrequire example.com/other v0.0.0\n\nreplace example.com/other => ../other\n",
	"m/helper/helper.go": `package helper

import "net/http"

func MarkSend(c *http.Client) {}
`,
	"m/quiet/quiet.go": `package quiet

import "strings"

func MarkUpper(s string) string { return strings.ToUpper(s) }
`,
	"m/root/root.go": `package root

import (
	"example.com/m/helper"
	"example.com/m/quiet"
	"example.com/other/cbc"
)

const renew = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

func Run() {
	helper.MarkSend(nil)
	_ = quiet.MarkUpper("x")
	_ = cbc.MarkCheck(nil)
}
`,
	"m/awshttp/awshttp.go": `package awshttp

import "net/http"

func MarkSign(r *http.Request) {}
`,
	"m/aws/aws.go": `package aws

import "example.com/m/awshttp"

func Run() { awshttp.MarkSign(nil) }
`,
	"other/go.mod": "module example.com/other\n\ngo 1.22\n",
	"other/cbc/cbc.go": `package cbc

// MarkCheck reads the error_code of a reply.
func MarkCheck(body []byte) bool { return len(body) > 0 }
`}
