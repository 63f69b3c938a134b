package cli

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
)

// mark is the fact of markAnalyzer: the function's name starts with Mark.
type mark struct{}

func (*mark) AFact()         {}
func (*mark) String() string { return "mark" }

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
					pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(mark))
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if fn := typeutil.StaticCallee(pass.TypesInfo, call); fn != nil && pass.ImportObjectFact(fn, new(mark)) {
						pass.Reportf(call.Pos(), "calls %s", fn.FullName())
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
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
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
`,
	})
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	analyzers := append([]*analysis.Analyzer{markAnalyzer}, analyzer.All(&config.Settings{})...)
	pkgs, err := load(filepath.Join(dir, "m"), []string{"./root", "./aws"}, false, analyzers)
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
	for path, want := range map[string]bool{
		"example.com/m/root": true, "example.com/m/helper": true, "example.com/other/cbc": true,
		"example.com/m/aws": true, "example.com/m/awshttp": false,
		"example.com/m/quiet": false, "net/http": false, "strings": false,
	} {
		if got, ok := fromSource[path]; !ok || got != want {
			t.Errorf("%s: from source %v (loaded %v), want %v", path, got, ok, want)
		}
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{markAnalyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				got = append(got, d.Message)
			}
		}
	}
	slices.Sort(got)
	// awshttp's fact is lost with its syntax: the driver did not load it.
	want := []string{"calls example.com/m/helper.MarkSend", "calls example.com/other/cbc.MarkCheck"}
	if !slices.Equal(got, want) {
		t.Errorf("root findings:\n got %q\nwant %q", got, want)
	}
}
