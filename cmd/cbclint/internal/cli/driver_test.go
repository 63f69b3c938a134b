package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeModule writes a module example.com/m of files into a temporary directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const throttled = `package pay

// Throttled is CBC's throttling code, mistyped.
const Throttled = "cbc.0250"
`

// One rule in every mode: 3 while findings remain, 0 without, 1 when a package
// cannot be analysed, 2 for bad usage.
func TestExitStatus(t *testing.T) {
	t.Parallel()
	bad := writeModule(t, map[string]string{"pay/pay.go": throttled})
	good := writeModule(t, map[string]string{"pay/pay.go": strings.Replace(throttled, "cbc.0250", "CBC.0250", 1)})
	broken := writeModule(t, map[string]string{"pay/pay.go": throttled + "var x int = \"s\"\n"})
	for _, c := range []struct {
		dir  string
		args []string
		want int
	}{
		{bad, []string{"./..."}, 3},
		{bad, []string{"-json", "./..."}, 3},
		{bad, []string{"-checks=cbcswitch", "./..."}, 0},
		{bad, []string{"-cbcswitch", "-json", "./..."}, 0},
		{good, []string{"./..."}, 0},
		{good, []string{"-json", "./..."}, 0},
		{good, []string{"-fix", "./..."}, 0},
		{broken, []string{"./..."}, 1},
		{broken, []string{"-json", "./..."}, 1},
		{bad, []string{"-checks=cbcode", "./..."}, 2},
		{bad, []string{"-nosuchflag", "./..."}, 2},
		{bad, []string{}, 2},
		{bad, []string{"-json", "-fix", "./..."}, 2},
		{bad, []string{"./...", "-json"}, 2}, // not a package named -json
	} {
		code, out, errOut := runIn(t, c.dir, c.args...)
		if code != c.want {
			t.Errorf("cbclint %v: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", c.args, code, c.want, out, errOut)
		}
	}
}

// A package that does not compile: its errors, then one line saying that no
// check ran on it, not one line per check.
func TestNotAnalysed(t *testing.T) {
	dir := writeModule(t, map[string]string{"pay/pay.go": throttled + "var x int = \"s\"\n"})
	code, _, errOut := runIn(t, dir, "./...")
	if code != 1 || !strings.Contains(errOut, "pay.go:5:13: cannot use \"s\"") ||
		strings.Count(errOut, "example.com/m/pay: not analysed because of the errors above\n") != 1 || strings.Contains(errOut, "skipped") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}

// jsonDiagnostic is a diagnostic of -json's output (the x/tools analysis
// format) as a reader of it decodes it.
type jsonDiagnostic struct {
	Posn           string `json:"posn"`
	SuggestedFixes []struct {
		Edits []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

func TestJSON(t *testing.T) {
	dir := writeModule(t, map[string]string{"pay/pay.go": throttled})
	code, out, errOut := runIn(t, dir, "-json", "./...")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("exit %d, %v:\n%s%s", code, err, out, errOut)
	}
	diags := tree["example.com/m/pay"]["cbccode"]
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Posn, "pay.go:4:19") || len(diags[0].SuggestedFixes) != 1 {
		t.Fatalf("want one cbccode finding with a fix at pay.go:4:19:\n%s", out)
	}
	e := diags[0].SuggestedFixes[0].Edits[0]
	src, _ := os.ReadFile(e.Filename)
	if got := string(src[e.Start:e.End]); got != `"cbc.0250"` || e.New != `"CBC.0250"` {
		t.Errorf("the edit replaces %q with %q, want the literal", got, e.New)
	}
}

// In a file that uses cgo, the checks see cgo's rewrite of it: the findings and
// the edits of their fixes must point into the user's file.
func TestCgo(t *testing.T) {
	t.Parallel()
	if out, _ := exec.Command("go", "env", "CGO_ENABLED").Output(); strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not enabled here (no C compiler): cannot test files that use cgo")
	}
	src := `package cg

// #include <stdlib.h>
import "C"

import "unsafe"

func busy() {
	p := C.CString("CBC.404")
	C.free(unsafe.Pointer(p))
}

const Throttled = "cbc.0250"
`
	dir := writeModule(t, map[string]string{"cg/c.go": src})
	_, out, errOut := runIn(t, dir, "-json", "./...")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("%v:\n%s%s", err, out, errOut)
	}
	diags := tree["example.com/m/cg"]["cbccode"]
	if len(diags) != 2 {
		t.Fatalf("want 2 findings:\n%s", out)
	}
	for _, d := range diags {
		if len(d.SuggestedFixes) != 1 {
			t.Errorf("%s: %d fixes, want 1", d.Posn, len(d.SuggestedFixes))
			continue
		}
		for _, e := range d.SuggestedFixes[0].Edits {
			if e.Filename != filepath.Join(dir, "cg", "c.go") || e.End > len(src) || !strings.HasPrefix(src[e.Start:e.End], `"`) {
				t.Errorf("%s: edit %+v is not on a literal of the user's file (%d bytes)", d.Posn, e, len(src))
			}
		}
	}
	code, _, errOut := runIn(t, dir, "-fix", "./...")
	fixed, _ := os.ReadFile(filepath.Join(dir, "cg", "c.go"))
	want := strings.NewReplacer(`"CBC.404"`, `"CBC.4004"`, `"cbc.0250"`, `"CBC.0250"`).Replace(src)
	if code != 0 || string(fixed) != want {
		t.Errorf("-fix: exit %d, %s\ngot:\n%s\nwant:\n%s", code, errOut, fixed, want)
	}
	buildAndLint(t, dir, 0)
}

// buildAndLint builds the module in dir and lints it again, wanting the exit status want.
func buildAndLint(t *testing.T, dir string, want int) string {
	t.Helper()
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the fixed module does not build: %v\n%s", err, out)
	}
	code, out, errOut := runIn(t, dir, "./...")
	if code != want {
		t.Errorf("after -fix: exit status %d, want %d:\n%s%s", code, want, out, errOut)
	}
	return out
}
