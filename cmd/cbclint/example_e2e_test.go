package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// findings runs a command in dir and returns its findings (see
// e2etest.Findings) and exit status.
func findings(t *testing.T, dir string, name string, args ...string) ([]string, int) {
	t.Helper()
	r := e2etest.Run(t, dir, nil, name, args...)
	got := e2etest.Findings(r.Out, dir)
	if len(got) == 0 {
		t.Logf("%s %v printed:\n%s", name, args, r.Out)
	}
	return got, r.Code
}

// copyExample copies testdata/example into a temporary directory.
func copyExample(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(e2etest.Root(), "testdata", "example"))); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestE2EStandaloneAndVet(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := copyExample(t)

	standalone, code := findings(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("standalone exit status %d, want 3 (findings)", code)
	}
	for _, want := range []string{
		`billing/codes.go:8:28: malformed CBC error code "cbc.0250"`,
		`billing/codes.go:9:28: unknown CBC error code CBC.99003615: did you mean CBC.99003651`,
		`billing/codes.go:18:7: malformed CBC error code "CBC.O150"`,
	} {
		if !slices.ContainsFunc(standalone, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("standalone: no finding %q in\n%s", want, strings.Join(standalone, "\n"))
		}
	}

	// The findings on stdout, each naming its check, and nothing on stderr.
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, _ := cmd.Output()
	byCheck := e2etest.FindingsByCheck(string(stdout), dir)
	if len(byCheck) != len(standalone) || stderr.Len() > 0 ||
		!slices.ContainsFunc(byCheck, func(f string) bool {
			return strings.HasPrefix(f, "billing/status.go:29:5: cbcstatus: resp.StatusCode != http.StatusOK does not mean success: ")
		}) {
		t.Errorf("want the %d findings on stdout, each naming its check, and no stderr:\nstdout:\n%s\nstderr:\n%s", len(standalone), stdout, stderr.String())
	}

	vet, code := findings(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code == 0 {
		t.Error("go vet exit status 0, want failure on findings")
	}
	if !slices.Equal(standalone, vet) {
		t.Errorf("go vet and standalone differ:\nstandalone:\n%s\ngo vet:\n%s", strings.Join(standalone, "\n"), strings.Join(vet, "\n"))
	}
}

func TestE2EJSONAndFix(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := copyExample(t)

	cmd := exec.Command(bin, "-json", "-cbccode", "./...")
	cmd.Dir = dir
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("-json: %v, want exit status 3 (findings), as without -json", err)
	}
	var report map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
		Fixes   []struct {
			Message string `json:"message"`
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("-json output is not the x/tools JSON format: %v\n%s", err, out)
	}
	diags := report["example.com/billing/billing"]["cbccode"]
	if len(diags) != 3 {
		t.Fatalf("%d cbccode diagnostics in JSON, want 3:\n%s", len(diags), out)
	}
	// The malformed codes have one repair each and get a fix; CBC.99003615 may
	// be a real code one digit from CBC.99003610 and CBC.99003611, so its
	// finding names CBC.99003651 and has none (README: the fix policy).
	for _, d := range diags {
		unsure := strings.Contains(d.Message, "CBC.99003615")
		if unsure != (len(d.Fixes) == 0) {
			t.Errorf("%s: %s has %d fixes", d.Posn, d.Message, len(d.Fixes))
		}
	}

	// -fix fixes the two it can and exits 3: one finding remains.
	if r := e2etest.Run(t, dir, nil, bin, "-fix", "-cbccode", "./..."); r.Code != 3 || !strings.Contains(r.Out, "cbclint: -fix: fixed 2 findings in 1 file; 1 finding remains") {
		t.Errorf("-fix -cbccode: exit status %d, want 3:\n%s", r.Code, r.Out)
	}
	if r := e2etest.Run(t, dir, nil, "go", "build", "./..."); r.Code != 0 {
		t.Errorf("the fixed example does not build:\n%s", r.Out)
	}
	src, err := os.ReadFile(filepath.Join(dir, "billing", "codes.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"CBC.0250"`, `"CBC.99003615"`, `case "CBC.0150":`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("after -fix, codes.go lacks %s:\n%s", want, src)
		}
	}
	after, _ := findings(t, dir, bin, "-cbccode", "./...")
	if len(after) != 1 || !strings.Contains(after[0], "CBC.99003615") {
		t.Errorf("after -fix, want only the CBC.99003615 finding left:\n%s", strings.Join(after, "\n"))
	}
}
