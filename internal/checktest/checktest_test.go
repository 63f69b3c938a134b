package checktest

import (
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// isFact is a fact of a function: it returns "CBC.<n>" literals.
type isFact struct{ Code string }

func (*isFact) AFact()           {}
func (f *isFact) String() string { return "returns " + f.Code }

// pkgFact is a fact of a package that calls Renew.
type pkgFact struct{}

func (*pkgFact) AFact()         {}
func (*pkgFact) String() string { return "renews" }

// codes reports every string literal that starts with "CBC.", with a fix that
// upper-cases "cbc." where it is written so; it exports a fact on each
// function that returns such a literal, and one on a package that calls a
// function with that fact of another package.
var codes = &analysis.Analyzer{
	Name:      "codes",
	Doc:       "reports CBC codes (a test analyzer)",
	FactTypes: []analysis.Fact{new(isFact), new(pkgFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncDecl:
					ast.Inspect(n, func(m ast.Node) bool {
						if ret, ok := m.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
							if lit, ok := ret.Results[0].(*ast.BasicLit); ok && strings.HasPrefix(strings.ToUpper(lit.Value), `"CBC.`) {
								pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], &isFact{strings.Trim(lit.Value, `"`)})
							}
						}
						return true
					})
				case *ast.BasicLit:
					if n.Kind != token.STRING {
						break
					}
					switch {
					case strings.HasPrefix(n.Value, `"CBC.`):
						pass.Reportf(n.Pos(), "code %s", n.Value)
					case strings.HasPrefix(n.Value, `"cbc.`):
						pass.Report(analysis.Diagnostic{Pos: n.Pos(), Message: "lower-case code " + n.Value, SuggestedFixes: []analysis.SuggestedFix{{
							Message:   "upper-case it",
							TextEdits: []analysis.TextEdit{{Pos: n.Pos() + 1, End: n.Pos() + 4, NewText: []byte("CBC")}},
						}}})
					}
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
						if obj := pass.TypesInfo.Uses[sel.Sel]; obj != nil && obj.Pkg() != pass.Pkg && pass.ImportObjectFact(obj, new(isFact)) {
							pass.ExportPackageFact(new(pkgFact))
						}
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// tree writes a GOPATH tree of files (path relative to src → text).
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	gopath := t.TempDir()
	for name, text := range files {
		path := filepath.Join(gopath, "src", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return gopath
}

// recorder records what checktest reports instead of failing.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

const lib = `package lib

import "net/http"

var _ = http.MethodPost

// Renew returns a code. // want Renew:"returns CBC.5003"
func Renew() string { return "CBC.5003" }
`

// A correct set of expectations passes: several on a line, both quotes, an
// offset, facts of objects and of the package (of the package named and
// seen from a dependency), and a comment inside a comment.
func TestRunPasses(t *testing.T) {
	t.Parallel()
	gopath := tree(t, map[string]string{
		"example.com/lib/lib.go": lib,
		"billing/billing.go": `package billing // want package:"renews"

import "example.com/lib"

var a, b = "CBC.0150", "CBC.0250" // want "code .CBC.0150." ` + "`code \"CBC.0250\"`" + `

// want +1 "code .CBC.5042."
var c = "CBC.5042"

/* a comment // want "code .CBC.9" */ var d = "CBC.9"

func renew() string { return lib.Renew() }

func code() string { return "CBC.0001" } // want code:"returns CBC.0001" "code .CBC.0001."
`,
		"billing/billing_test.go": `package billing

var e = "CBC.7" // want "code .CBC.7."
`,
	})
	r := &recorder{}
	acts := Run(r, gopath, codes, "billing")
	if len(r.errors) > 0 {
		t.Errorf("a correct test failed:\n%s", strings.Join(r.errors, "\n"))
	}
	var ids []string
	for _, a := range acts {
		ids = append(ids, a.Package.ID)
	}
	slices.Sort(ids)
	if want := []string{"billing", "billing [billing.test]", "billing.test"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("roots %v, want %v (the package, its test variant and the test main)", ids, want)
	}
}

// Each way a test must fail fails, with a message that says where.
func TestRunFails(t *testing.T) {
	t.Parallel()
	gopath := tree(t, map[string]string{
		"example.com/lib/lib.go": lib,
		"billing/billing.go": `package billing

import "example.com/lib"

var a = "CBC.0150" // no expectation
var b = "CBC.0250" // want "code .CBC.0999."
var c = "CBC.5042" // want "code .CBC.5042." "code .CBC.5042."
var d = 1          // want "nothing here"

func renew() string { return lib.Renew() }

func code() string { return "CBC.0001" } // want "code .CBC.0001." code:"returns CBC.9"

var e = 2 // want "unterminated
`,
	})
	r := &recorder{}
	Run(r, gopath, codes, "billing")
	got := strings.Join(r.errors, "\n")
	for _, want := range []string{
		`billing/billing.go:5:9: unexpected diagnostic: code "CBC.0150"`,
		`billing/billing.go:6:9: diagnostic "code \"CBC.0250\"" does not match pattern ` + "`code .CBC.0999.`",
		`billing/billing.go:7: no diagnostic was reported matching ` + "`code .CBC.5042.`",
		`billing/billing.go:8: no diagnostic was reported matching ` + "`nothing here`",
		`billing/billing.go:12:6: fact "returns CBC.0001" does not match pattern ` + "`returns CBC.9`",
		`billing/billing.go:1:1: unexpected fact: renews`,
		`billing/billing.go:14: in 'want' comment:`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no error %q among:\n%s", want, got)
		}
	}
}

// Fixes are compared with the golden file: the whole file, or a txtar
// section per fix message; a difference, a missing golden file and edits
// that conflict fail.
func TestRunWithSuggestedFixes(t *testing.T) {
	t.Parallel()
	src := `package fix

var a = "cbc.0150" // want "lower-case"
var b = "cbc.0250" // want "lower-case"
`
	fixed := strings.ReplaceAll(src, `"cbc.`, `"CBC.`)
	for _, tc := range []struct {
		name, golden string
		fails        string // "" when the test passes
	}{
		{"whole file", fixed, ""},
		{"sections", "-- upper-case it --\n" + fixed, ""},
		{"differs", strings.Replace(fixed, "CBC.0250", "CBC.0251", 1), "differs from fix.go.golden"},
		{"section differs", "-- upper-case it --\n" + src, "differs from fix.go.golden"},
		{"no golden file", "", "fix.go.golden: open"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"fix/fix.go": src}
			if tc.golden != "" {
				files["fix/fix.go.golden"] = tc.golden
			}
			r := &recorder{}
			RunWithSuggestedFixes(r, tree(t, files), codes, "fix")
			got := strings.Join(r.errors, "\n")
			if tc.fails == "" && got != "" || !strings.Contains(got, tc.fails) {
				t.Errorf("errors %q, want one with %q", got, tc.fails)
			}
		})
	}
}

func TestMergeEdits(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []textEdit
		ok   bool
	}{
		{"disjoint", []textEdit{{0, 1, "a"}}, []textEdit{{2, 3, "b"}}, true},
		{"the same edit twice", []textEdit{{0, 1, "a"}}, []textEdit{{0, 1, "a"}}, true},
		{"overlapping", []textEdit{{0, 2, "a"}}, []textEdit{{1, 3, "b"}}, false},
		{"same range, other text", []textEdit{{0, 2, "a"}}, []textEdit{{0, 2, "b"}}, false},
		{"two insertions at one offset", []textEdit{{4, 4, "a"}}, []textEdit{{4, 4, "b"}}, false},
		{"an insertion before a replacement", []textEdit{{4, 4, "a"}}, []textEdit{{4, 6, "b"}}, true},
	} {
		if _, ok := mergeEdits(tc.x, tc.y); ok != tc.ok {
			t.Errorf("%s: merged %t, want %t", tc.name, ok, tc.ok)
		}
	}
}

// The standard library comes from export data, the rest from source.
func TestLoadFromExportData(t *testing.T) {
	t.Parallel()
	gopath := tree(t, map[string]string{"example.com/lib/lib.go": lib, "billing/b.go": "package billing\n\nimport _ \"example.com/lib\"\n"})
	roots, err := Load(gopath, false, "billing")
	if err != nil {
		t.Fatal(err)
	}
	lib := roots[0].Imports["example.com/lib"]
	http := lib.Imports["net/http"]
	if len(roots[0].Syntax) != 1 || len(lib.Syntax) != 1 || !lib.Types.Complete() {
		t.Errorf("billing and example.com/lib must be loaded from source")
	}
	if len(http.Syntax) != 0 || !http.Types.Complete() || http.Types.Scope().Lookup("Client") == nil {
		t.Errorf("net/http must come from export data, complete")
	}
	// With tests: the test's main package, generated outside the tree, is
	// loaded from source all the same.
	gopath = tree(t, map[string]string{
		"billing/b.go":      "package billing\n",
		"billing/b_test.go": "package billing\n\nimport \"testing\"\n\nfunc TestB(*testing.T) {}\n",
	})
	roots, err = Load(gopath, true, "billing")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range roots {
		if len(p.Syntax) == 0 || !p.Types.Complete() {
			t.Errorf("%s: not loaded from source", p.ID)
		}
	}
	if len(roots) != 3 {
		t.Errorf("%d roots, want billing, its test variant and its test's main", len(roots))
	}
}
