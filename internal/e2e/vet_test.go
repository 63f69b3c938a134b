package e2e

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// vetAndStandalone runs cbclint alone and under go vet with the same flags in
// dir and fails t unless both report the same findings. It returns them.
func vetAndStandalone(t *testing.T, dir string, flags ...string) []string {
	t.Helper()
	bin := e2etest.Binary(t)
	alone := run(t, dir, nil, bin, append(flags, "./...")...)
	vet := run(t, dir, nil, "go", append(append([]string{"vet", "-vettool=" + bin}, flags...), "./...")...)
	a, v := findings(alone.out, dir), findings(vet.out, dir)
	if !slices.Equal(a, v) {
		t.Errorf("flags %v: go vet and cbclint differ:\ncbclint:\n%s\ngo vet:\n%s", flags, strings.Join(a, "\n"), strings.Join(v, "\n"))
	}
	// Exit status on findings: cbclint 3; go vet 1, whatever its vettool returns.
	if want := map[bool]int{true: 3, false: 0}[len(a) > 0]; alone.code != want {
		t.Errorf("flags %v: cbclint exit status %d, want %d\n%s", flags, alone.code, want, alone.out)
	}
	if want := map[bool]int{true: 1, false: 0}[len(v) > 0]; vet.code != want {
		t.Errorf("flags %v: go vet exit status %d, want %d\n%s", flags, vet.code, want, vet.out)
	}
	return v
}

func TestE2EGoVet(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, billing)

	got := vetAndStandalone(t, dir)
	const front = "go vet"
	wantFinding(t, front, got, "malformed", `malformed CBC error code "cbc.0250"`)
	wantFinding(t, front, got, "swapped", "unknown CBC error code CBC.99003615: did you mean CBC.99003651")
	wantFinding(t, front, got, "catalog-file", "unknown CBC error code CBC.99009999")
	wantNone(t, front, got, "ignore")
	if registered("cbcswitch") {
		wantFinding(t, front, got, "switch", "switch on CBC code misses")
	}
	if registered("cbcstatus") {
		wantFinding(t, front, got, "status", "")
		wantNone(t, front, got, "endpoints")
	}

	// The flags reach every check through go vet. The catalog file is named
	// relative to the module root, where go vet runs, while go vet runs cbclint
	// in each package's directory.
	flags := []string{"-catalog-file=codes.json"}
	if registered("cbcswitch") {
		flags = append(flags, "-cbcswitch.default-handles")
	}
	if registered("cbcstatus") {
		flags = append(flags, "-cbcstatus.endpoints=bss.example.com")
	}
	got = vetAndStandalone(t, dir, flags...)
	const withFlags = "go vet with flags"
	wantFinding(t, withFlags, got, "swapped", "unknown CBC error code CBC.99003615")
	wantNone(t, withFlags, got, "catalog-file")
	if registered("cbcswitch") {
		wantNone(t, withFlags, got, "switch")
	}
	if registered("cbcstatus") {
		wantFinding(t, withFlags, got, "endpoints", "")
	}

	got = vetAndStandalone(t, dir, "-checks=cbcswitch,cbcstatus")
	wantNone(t, "go vet -checks=cbcswitch,cbcstatus", got, "swapped")
}

// A bad value stops cbclint with one line naming it, exit status 2; go vet shows
// that line (for each package it vets) and exits 1, as for any vettool failure.
func TestE2EGoVetBadValues(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := writeModule(t, billing)
	for _, tc := range []struct{ flag, want string }{
		{"-checks=cbcswich", `unknown check "cbcswich"`},
		{"-catalog-file=no-such-codes.json", "no-such-codes.json"},
		{"-cbcswitch.critical=+CBC.99999999", "unknown code CBC.99999999"},
		{"-cbcstatus.endpoints=https://bss.example.com/v2", `"https://bss.example.com/v2" is not a host name pattern`},
	} {
		t.Run(tc.flag, func(t *testing.T) {
			name, _, _ := strings.Cut(strings.TrimPrefix(tc.flag, "-"), "=")
			if check, _, ok := strings.Cut(name, "."); ok && !registered(check) {
				t.Skipf("%s is not in analyzer.All yet", check)
			}
			alone := run(t, dir, nil, bin, tc.flag, "./...")
			if alone.code != 2 || !strings.Contains(alone.out, tc.want) || strings.Contains(alone.out, "Usage of") {
				t.Errorf("cbclint %s: exit status %d, want 2 and one error containing %q:\n%s", tc.flag, alone.code, tc.want, alone.out)
			}
			vet := run(t, dir, nil, "go", "vet", "-vettool="+bin, tc.flag, "./...")
			if vet.code != 1 || !strings.Contains(vet.out, tc.want) || strings.Contains(vet.out, "Usage of") || len(findings(vet.out, dir)) > 0 {
				t.Errorf("go vet %s: exit status %d, want 1 and the error containing %q, no findings:\n%s", tc.flag, vet.code, tc.want, vet.out)
			}
		})
	}
}

// go vet caches the result of a package without findings, keyed on the files,
// cbclint's binary and the flags, but not on the catalog file's content. The
// README says to run go vet once with -a after changing the catalog file.
func TestE2EGoVetCatalogChange(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := writeModule(t, map[string]string{
		"go.mod":     billing["go.mod"],
		"codes.json": billing["codes.json"],
		"quota/quota.go": `package quota

// Exhausted is our contract's own code, from codes.json.
const Exhausted = "CBC.99009999"
`,
	})
	vet := func(extra ...string) result {
		return run(t, dir, nil, "go", append(append([]string{"vet"}, extra...), "-vettool="+bin, "-catalog-file=codes.json", "./...")...)
	}
	if r := vet(); r.code != 0 {
		t.Fatalf("with CBC.99009999 in codes.json: exit status %d, want 0:\n%s", r.code, r.out)
	}
	writeFile(t, filepath.Join(dir, "codes.json"), "[]\n")
	t.Logf("after removing CBC.99009999 from codes.json, go vet without -a: exit status %d", vet().code)

	r := vet("-a")
	if got := findings(r.out, dir); r.code != 1 || len(got) != 1 || !strings.HasPrefix(got[0], "quota/quota.go:4:19: unknown CBC error code CBC.99009999") {
		t.Errorf("go vet -a after the change: exit status %d, want 1 and the CBC.99009999 finding:\n%s", r.code, r.out)
	}
}
