package driver

import (
	"bytes"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// billing is the fix tests' package of the command's tests
// (cmd/cbclint/internal/cli), here given made-up findings.
const billing = `package pay

const (
	Throttled = "cbc.0250"
	Busy      = "CBC.99003615"
)

func Describe(code string) string {
	switch code {
	case "CBC.5003", "CBC.50O3":
		return "top up the partner account"
	case "CBC.0154", "CBC.0250", "CBC.99000088", "APIGW.0308", "APIG.0308":
		return "retry later"
	}
	return ""
}
`

// writeModule writes a module example.com/m of files into a temporary directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	writeTree(t, dir, files)
	return dir
}

// made up here, on a real package, as two checks could offer them.
func TestFixConflicts(t *testing.T) {
	dir := writeModule(t, map[string]string{"pay/pay.go": billing})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, "./pay")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatal(err)
	}
	var found []*finding
	add := func(check, old, new string) { found = append(found, madeUpFinding(t, pkgs[0], check, old, new)) }
	add("cbccode", `"cbc.0250"`, `"CBC.0250"`)
	add("other", `Throttled = "cbc.0250"`, `Throttled = "CBC.0251"`) // overlaps the first
	add("cbccode", `"CBC.50O3"`, `"CBC.5003"`)                       // duplicate case
	add("cbccode", `"CBC.99003615"`, `"CBC.99003651"`)
	add("other", `"CBC.99003615"`, `"CBC.99003651"`) // the same fix from another check

	written := map[string]string{}
	var out bytes.Buffer
	remaining, ok := fixAll(&output{out: &out, err: &out}, pkgs, found, func(name string, b []byte) error { written[name] = string(b); return nil })
	if remaining != 3 || !ok {
		t.Errorf("remaining %d, ok %v, want 3 and true:\n%s", remaining, ok, out.String())
	}
	for _, want := range []string{
		"pay.go:4:14: cbccode finding on \"cbc.0250\" (cbccode)\n\tnot fixed: its fix overlaps the fix of " + filepath.Join(dir, "pay", "pay.go") + ":4:2 (other): apply one of them by hand\n",
		"pay.go:4:2: other finding on Throttled = \"cbc.0250\" (other)\n\tnot fixed: its fix overlaps the fix of " + filepath.Join(dir, "pay", "pay.go") + ":4:14 (cbccode)",
		"pay.go:10:19: cbccode finding on \"CBC.50O3\" (cbccode)\n\tnot fixed: with its fix, example.com/m/pay would not compile: " + filepath.Join(dir, "pay", "pay.go") + `:10:19: duplicate case "CBC.5003"`,
		"cbclint: -fix: fixed 2 findings in 1 file; 3 findings remain (above): fix them by hand\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	want := strings.Replace(billing, `"CBC.99003615"`, `"CBC.99003651"`, 1)
	if got := written[filepath.Join(dir, "pay", "pay.go")]; got != want || len(written) != 1 {
		t.Errorf("written %d files; pay.go:\n%s\nwant:\n%s", len(written), got, want)
	}
}

// madeUpFinding is a finding of check on the text old in the first file of p,
// with a fix that replaces it with new.
func madeUpFinding(t *testing.T, p *packages.Package, check, old, new string) *finding {
	t.Helper()
	tf := p.Fset.File(p.Syntax[0].FileStart)
	src, err := os.ReadFile(tf.Name())
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(src, []byte(old))
	if i < 0 {
		t.Fatalf("no %q in %s", old, tf.Name())
	}
	pos, end := tf.Pos(i), tf.Pos(i+len(old))
	d := analysis.Diagnostic{Pos: pos, End: end, Message: check + " finding on " + old,
		SuggestedFixes: []analysis.SuggestedFix{{Message: "fix", TextEdits: []analysis.TextEdit{{Pos: pos, End: end, NewText: []byte(new)}}}}}
	act := &checker.Action{Analyzer: &analysis.Analyzer{Name: check}, Package: p, IsRoot: true}
	return &finding{posn: p.Fset.Position(pos), variants: []variant{{act, d}}}
}

// Two fixes that each compile but not together (two codes fixed into the
// same case) are both dropped, each naming the other; the other fixes of the
// package and of another package are applied.
func TestFixConflictTogether(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"pay/pay.go":     billing,
		"codes/codes.go": "package codes\n\nconst Busy = \"CBC.99003615\"\n",
	})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, "./pay", "./codes")
	if err != nil || packages.PrintErrors(pkgs) > 0 || len(pkgs) != 2 {
		t.Fatal(err)
	}
	found := []*finding{
		madeUpFinding(t, pkgs[0], "other", `"CBC.0154"`, `"CBC.7777"`),
		madeUpFinding(t, pkgs[0], "cbccode", `"CBC.99003615"`, `"CBC.99003651"`),
		madeUpFinding(t, pkgs[0], "other", `"CBC.99000088"`, `"CBC.7777"`),
		madeUpFinding(t, pkgs[1], "cbccode", `"CBC.99003615"`, `"CBC.99003651"`),
	}
	written := map[string]string{}
	var out bytes.Buffer
	remaining, _ := fixAll(&output{out: &out, err: &out}, pkgs, found, func(name string, b []byte) error { written[name] = string(b); return nil })
	pay := filepath.Join(dir, "pay", "pay.go")
	for _, want := range []string{
		"pay.go:12:7: other finding on \"CBC.0154\" (other)\n\tnot fixed: with the fix of " + pay + ":12:31 (other) too, example.com/m/pay would not compile: " + pay + ":12:",
		"pay.go:12:31: other finding on \"CBC.99000088\" (other)\n\tnot fixed: with the fix of " + pay + ":12:7 (other) too, example.com/m/pay would not compile: " + pay + ":12:",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if remaining != 2 {
		t.Errorf("remaining %d, want 2:\n%s", remaining, out.String())
	}
	if got := written[pay]; got != strings.Replace(billing, `"CBC.99003615"`, `"CBC.99003651"`, 1) {
		t.Errorf("pay.go:\n%s", got)
	}
	if got := written[filepath.Join(dir, "codes", "codes.go")]; got != "package codes\n\nconst Busy = \"CBC.99003651\"\n" {
		t.Errorf("codes.go:\n%s", got)
	}
}

// Three fixes of which any two compile but not all three (each removes a use
// of v) are all dropped.
func TestFixConflictOfThree(t *testing.T) {
	src := "package use\n\nfunc a(int) int { return 0 }\nfunc b(int) int { return 0 }\nfunc c(int) int { return 0 }\n\nfunc F() int {\n\tv := 1\n\treturn a(v) + b(v) + c(v)\n}\n"
	dir := writeModule(t, map[string]string{"use/use.go": src})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, "./use")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatal(err)
	}
	var found []*finding
	for _, call := range []string{"a", "b", "c"} {
		found = append(found, madeUpFinding(t, pkgs[0], "other", call+"(v)", call+"(0)"))
	}
	written := map[string]string{}
	var out bytes.Buffer
	remaining, _ := fixAll(&output{out: &out, err: &out}, pkgs, found, func(name string, b []byte) error { written[name] = string(b); return nil })
	together := "\tnot fixed: with the fixes to it together, example.com/m/use would not compile: " + filepath.Join(dir, "use", "use.go") + ":8:2: declared and not used: v\n"
	if remaining != 3 || strings.Count(out.String(), together) != 3 || len(written) != 0 {
		t.Errorf("remaining %d, %d files written, want 3 and none, each with %q:\n%s", remaining, len(written), together, out.String())
	}
}

// A fix in one package can break another: the fixed constant becomes a
// (as cgo writes them) is placed there only where both hold the same text.
func TestPlaceEditThroughLineDirective(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "c.go")
	userSrc := "package cg\n\nimport \"C\"\n\nvar a = C.CString(\"cbc.0250\")\nvar b = \"cbc.0154\"\n"
	// cgo's rewrite: the call rewritten, b's line printed with other spacing.
	compiledSrc := "// Code generated by cmd/cgo; DO NOT EDIT.\n\n//line " + user + ":1:1\npackage cg\n\n\n\nvar a = ( /*line :5:9*/_Cfunc_CString /*line :5:17*/)(\"cbc.0250\")\n//line " + user + ":6:1\nvar b =  \"cbc.0154\"\n"
	compiled := filepath.Join(dir, "cgo-generated.go")
	for name, src := range map[string]string{user: userSrc, compiled: compiledSrc} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(compiled, -1, len(compiledSrc))
	tf.SetLinesForContent([]byte(compiledSrc))
	// cgo's //line directives, as the parser would record them
	tf.AddLineColumnInfo(strings.Index(compiledSrc, "package"), user, 1, 1)
	tf.AddLineColumnInfo(strings.Index(compiledSrc, "var a"), user, 5, 1)
	tf.AddLineColumnInfo(strings.Index(compiledSrc, "_Cfunc_CString"), user, 5, 9)
	tf.AddLineColumnInfo(strings.Index(compiledSrc, ")(\"cbc.0250"), user, 5, 17)
	tf.AddLineColumnInfo(strings.Index(compiledSrc, "var b"), user, 6, 1)
	edit := func(lit string) analysis.TextEdit {
		i := strings.Index(compiledSrc, lit)
		return analysis.TextEdit{Pos: tf.Pos(i), End: tf.Pos(i + len(lit)), NewText: []byte(`"CBC.0250"`)}
	}
	e, err := placeEdit(fset, edit(`"cbc.0250"`), newFileCache())
	if i := strings.Index(userSrc, `"cbc.0250"`); err != nil || e.user.file != user || e.user.start != i || e.user.end != i+10 || e.compiled.file != compiled {
		t.Errorf(`"cbc.0250": placed %+v, %v; want %s at %d`, e, err, user, i)
	}
	// On b's line the columns of the two files differ: no place for the edit.
	if e, err := placeEdit(fset, edit(`"cbc.0154"`), newFileCache()); err == nil || !strings.Contains(err.Error(), "cannot be placed in the file itself") {
		t.Errorf(`"cbc.0154": placed %+v, %v; want an error`, e, err)
	}
}

// A fix is not applied when a package that depends on it does not compile as
