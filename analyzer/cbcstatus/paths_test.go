package cbcstatus

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/cbclint/cbclint/internal/config"
)

// Status decisions are values: a condition over the status code or text is
// a decision when the successes take one branch and a failure the other.
func TestStatusDecisions(t *testing.T) {
	for _, tc := range []struct {
		cond string
		want string // "success" (true branch), "failure" (true branch fails), "none"
	}{
		{`code == 200`, "success"},
		{`code != 200`, "failure"},
		{`code != 201`, "failure"},
		{`code >= 200 && code < 300`, "success"},
		{`code < 200 || code >= 300`, "failure"},
		{`code >= 300`, "failure"},
		{`code >= 400`, "failure"},
		{`code > 399`, "failure"},
		{`code/100 == 2`, "success"},
		{`code/100 != 2`, "failure"},
		{`code == 429`, "none"}, // a probe of throttling
		{`code >= 500`, "none"}, // a retry on server errors
		{`code == 404 || code == 500`, "none"},
		{`status == "200 OK"`, "success"},
		{`status != "200 OK"`, "failure"},
		{`status[:1] == "2"`, "success"},
		{`status == "429 Too Many Requests"`, "none"},
		{`len(status) > 0`, "none"}, // not evaluated: no decision
	} {
		t.Run(tc.cond, func(t *testing.T) {
			fn := buildFunc(t, "func f(code int, status string) bool {\n\tif "+tc.cond+" {\n\t\treturn true\n\t}\n\treturn false\n}")
			e := newEvaluator(fn.Pkg.Pkg, &config.Resolved{}, []*ssa.Function{fn}, func(*ssa.Function) bool { return true },
				func(*ssa.Function) (*summary, bool) { return nil, false })
			mask, success, ok := decides(func(k int) val {
				// The function run with the code and the status text of probe k.
				args := []val{e.h.probeVal(statusCode, k), e.h.probeVal(statusText, k)}
				return outcome(e, newFrame(fn, args, nil, nil))
			})
			got := "none"
			if ok {
				got = "failure"
				if success {
					got = "success"
				}
			}
			if got != tc.want {
				t.Errorf("if %s: %s, want %s (results %b)", tc.cond, got, tc.want, mask)
			}
		})
	}
}

// buildFunc builds the SSA form of the function f declared by src.
func buildFunc(t *testing.T, src string) *ssa.Function {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "f.go", "package p\n\n"+src+"\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("p", "p"), []*ast.File{f}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return pkg.Func("f")
}
