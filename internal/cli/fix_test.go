package cli

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

const billing = `package pay

const (
	Throttled = "cbc.0250"
	Busy      = "CBC.99003615"
)

func Describe(code string) string {
	switch code {
	case "CBC.5003", "CBC.50O3":
		return "top up the partner account"
	case "CBC.0154", "CBC.0250", "CBC.99000088":
		return "retry later"
	}
	return ""
}
`

// -fix on the checks' own findings: the fixed module compiles, the fixed
// findings are gone, a CRLF file keeps CRLF, and what is left is printed.
func TestFix(t *testing.T) {
	crlf := strings.ReplaceAll(throttled, "\n", "\r\n")
	dir := writeModule(t, map[string]string{"pay/pay.go": billing, "pay/crlf.go": strings.Replace(crlf, "const Throttled", "const Throttled2", 1)})
	code, _, errOut := runIn(t, dir, "-fix", "./...")
	// "CBC.50O3" becomes "CBC.5003", a duplicate case: not fixed, whether
	// cbccode offers no fix or -fix drops it.
	if code != 3 || !strings.Contains(errOut, `pay.go:10:19: malformed CBC error code "CBC.50O3"`) ||
		!strings.Contains(errOut, "cbclint: -fix: fixed 3 findings in 2 files; 1 finding remains (above): fix it by hand") {
		t.Errorf("-fix: exit %d:\n%s", code, errOut)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "pay", "crlf.go"))
	if want := strings.NewReplacer("cbc.0250", "CBC.0250", "const Throttled", "const Throttled2").Replace(crlf); string(got) != want {
		t.Errorf("crlf.go after -fix:\n%q\nwant\n%q", got, want)
	}
	got, _ = os.ReadFile(filepath.Join(dir, "pay", "pay.go"))
	if !strings.Contains(string(got), `Busy      = "CBC.99003651"`) || !strings.Contains(string(got), `Throttled = "CBC.0250"`) {
		t.Errorf("pay.go after -fix:\n%s", got)
	}
	left := buildAndLint(t, dir, 3)
	if n := strings.Count(left, "\n"); n != 1 || !strings.Contains(left, `"CBC.50O3"`) {
		t.Errorf("after -fix, want only the CBC.50O3 finding, got:\n%s", left)
	}
}

// Fixes that overlap are both dropped, a fix that would not compile is
// dropped with the compiler's error, identical fixes are applied once: fixes
// made up here, on a real package, as two checks could offer them.
func TestFixConflicts(t *testing.T) {
	dir := writeModule(t, map[string]string{"pay/pay.go": billing})
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, "./pay")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatal(err)
	}
	p := pkgs[0]
	tf := p.Fset.File(p.Syntax[0].FileStart)
	at := func(text string) (token.Pos, token.Pos) {
		i := strings.Index(billing, text)
		if i < 0 {
			t.Fatalf("no %q", text)
		}
		return tf.Pos(i), tf.Pos(i + len(text))
	}
	var found []*finding
	add := func(check, old, new string) *finding {
		pos, end := at(old)
		d := analysis.Diagnostic{Pos: pos, End: end, Message: check + " finding on " + old,
			SuggestedFixes: []analysis.SuggestedFix{{Message: "fix", TextEdits: []analysis.TextEdit{{Pos: pos, End: end, NewText: []byte(new)}}}}}
		act := &checker.Action{Analyzer: &analysis.Analyzer{Name: check}, Package: p, IsRoot: true}
		f := &finding{act: act, diag: d, posn: p.Fset.Position(pos), variants: []variant{{act, d}}}
		found = append(found, f)
		return f
	}
	add("cbccode", `"cbc.0250"`, `"CBC.0250"`)
	add("other", `Throttled = "cbc.0250"`, `Throttled = "CBC.0251"`) // overlaps the first
	add("cbccode", `"CBC.50O3"`, `"CBC.5003"`)                       // duplicate case
	add("cbccode", `"CBC.99003615"`, `"CBC.99003651"`)
	add("other", `"CBC.99003615"`, `"CBC.99003651"`) // the same fix from another check

	written := map[string]string{}
	var out bytes.Buffer
	remaining, ok := fixAll(&out, found, func(name string, b []byte) error { written[name] = string(b); return nil })
	if remaining != 3 || !ok {
		t.Errorf("remaining %d, ok %v, want 3 and true:\n%s", remaining, ok, out.String())
	}
	for _, want := range []string{
		"pay.go:4:14: cbccode finding on \"cbc.0250\"\n\tnot fixed: its fix overlaps the fix of " + filepath.Join(dir, "pay", "pay.go") + ":4:2 (other): apply one of them by hand\n",
		"pay.go:4:2: other finding on Throttled = \"cbc.0250\"\n\tnot fixed: its fix overlaps the fix of " + filepath.Join(dir, "pay", "pay.go") + ":4:14 (cbccode)",
		"pay.go:10:19: cbccode finding on \"CBC.50O3\"\n\tnot fixed: with its fix, example.com/m/pay would not compile: " + filepath.Join(dir, "pay", "pay.go") + `:10:19: duplicate case "CBC.5003"`,
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
