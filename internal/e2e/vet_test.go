package e2e

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
	a, v := findings(alone.Out, dir), findings(vet.Out, dir)
	if !slices.Equal(a, v) {
		t.Errorf("flags %v: go vet and cbclint differ:\ncbclint:\n%s\ngo vet:\n%s", flags, strings.Join(a, "\n"), strings.Join(v, "\n"))
	}
	// Exit status on findings: cbclint 3; go vet 1, whatever its vettool returns.
	if want := map[bool]int{true: 3, false: 0}[len(a) > 0]; alone.Code != want {
		t.Errorf("flags %v: cbclint exit status %d, want %d\n%s", flags, alone.Code, want, alone.Out)
	}
	if want := map[bool]int{true: 1, false: 0}[len(v) > 0]; vet.Code != want {
		t.Errorf("flags %v: go vet exit status %d, want %d\n%s", flags, vet.Code, want, vet.Out)
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
	wantFinding(t, front, got, "switch", "switch on CBC code misses")
	wantFinding(t, front, got, "status", "")
	wantNone(t, front, got, "endpoints")
	wantNone(t, front, got, "response-packages")

	// The flags reach every check through go vet. The catalog file is named
	// relative to the module root, where go vet runs, while go vet runs cbclint
	// in each package's directory.
	flags := []string{"-catalog-file=codes.json", "-cbcswitch.default-handles", "-cbcstatus.endpoints=bss.example.com", "-cbcstatus.response-packages=example.com/billing/ledger"}
	got = vetAndStandalone(t, dir, flags...)
	const withFlags = "go vet with flags"
	wantFinding(t, withFlags, got, "swapped", "unknown CBC error code CBC.99003615")
	wantNone(t, withFlags, got, "catalog-file")
	wantNone(t, withFlags, got, "switch")
	wantFinding(t, withFlags, got, "endpoints", "")
	wantFinding(t, withFlags, got, "response-packages", "the Renew response is discarded")

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
		{"-cbcstatus.response-packages=https://example.com/ledger", `"https://example.com/ledger" is not an import-path pattern`},
	} {
		t.Run(tc.flag, func(t *testing.T) {
			alone := run(t, dir, nil, bin, tc.flag, "./...")
			if alone.Code != 2 || !strings.Contains(alone.Out, tc.want) || strings.Contains(alone.Out, "Usage of") {
				t.Errorf("cbclint %s: exit status %d, want 2 and one error containing %q:\n%s", tc.flag, alone.Code, tc.want, alone.Out)
			}
			vet := run(t, dir, nil, "go", "vet", "-vettool="+bin, tc.flag, "./...")
			if vet.Code != 1 || !strings.Contains(vet.Out, tc.want) || strings.Contains(vet.Out, "Usage of") || len(findings(vet.Out, dir)) > 0 {
				t.Errorf("go vet %s: exit status %d, want 1 and the error containing %q, no findings:\n%s", tc.flag, vet.Code, tc.want, vet.Out)
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
	if r := vet(); r.Code != 0 {
		t.Fatalf("with CBC.99009999 in codes.json: exit status %d, want 0:\n%s", r.Code, r.Out)
	}
	writeFile(t, filepath.Join(dir, "codes.json"), "[]\n")
	t.Logf("after removing CBC.99009999 from codes.json, go vet without -a: exit status %d", vet().Code)

	r := vet("-a")
	if got := findings(r.Out, dir); r.Code != 1 || len(got) != 1 || !strings.HasPrefix(got[0], "quota/quota.go:4:19: unknown CBC error code CBC.99009999") {
		t.Errorf("go vet -a after the change: exit status %d, want 1 and the CBC.99009999 finding:\n%s", r.Code, r.Out)
	}
}

// go vet -fix (Go 1.26) applies the fix of each of cbclint's findings, as the
// README says: the file is fixed, builds, and go vet then finds nothing. Both
// codes are forms no real code can take (lower case, a dash), so the fix policy
// offers their one repair.
func TestE2EGoVetFix(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := writeModule(t, map[string]string{
		"go.mod": billing["go.mod"],
		"pay/pay.go": `package pay

// Codes this client reacts to, mistyped.
const (
	Throttled = "cbc.0250"
	Busy      = "CBC-99003651"
)
`,
	})
	if r := run(t, dir, nil, "go", "vet", "-vettool="+bin, "-fix", "./..."); r.Code != 0 {
		t.Fatalf("go vet -fix: exit status %d, want 0:\n%s", r.Code, r.Out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "pay", "pay.go"))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); !strings.Contains(got, `Throttled = "CBC.0250"`) || !strings.Contains(got, `Busy      = "CBC.99003651"`) {
		t.Errorf("go vet -fix left:\n%s", got)
	}
	if r := run(t, dir, nil, "go", "vet", "-vettool="+bin, "./..."); r.Code != 0 || len(findings(r.Out, dir)) > 0 {
		t.Errorf("go vet after -fix: exit status %d, want 0 and no findings:\n%s", r.Code, r.Out)
	}
}

// go vet prints cbcstatus's findings in the same order on two runs, sorted by
// position: the order of a package's functions (Members, a map) decides
// nothing. Each run names another unused endpoint, so that go vet analyses
// the package again instead of replaying its cache.
func TestE2EGoVetSameOrder(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	renew := func(names ...string) string {
		src := "package renew\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n"
		for _, n := range names {
			src += `
// ` + n + ` renews a resource for a month.
func ` + n + `(c *http.Client, id string) error {
	resp, err := c.Post(bss+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(` + "`" + `{"resource_ids":["` + "`" + `+id+` + "`" + `"],"period_type":2,"period_num":1}` + "`" + `))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew %s: %s", id, resp.Status)
	}
	return nil
}
`
		}
		return src
	}
	dir := writeModule(t, map[string]string{
		"go.mod":         billing["go.mod"],
		"renew/bss.go":   "package renew\n\nconst bss = \"https://bss.myhuaweicloud.com\"\n",
		"renew/zeta.go":  renew("Zeta", "Kappa", "Alpha", "Omega"),
		"renew/alpha.go": renew("Yankee", "Bravo", "Xray", "Charlie"),
	})
	var runs [2][]string
	for i := range runs {
		r := run(t, dir, nil, "go", "vet", "-vettool="+bin, fmt.Sprintf("-cbcstatus.endpoints=unused%d.example.com", i), "./...")
		for _, l := range strings.Split(r.Out, "\n") {
			if strings.HasPrefix(l, "renew/") {
				runs[i] = append(runs[i], l)
			}
		}
		if len(runs[i]) != 8 {
			t.Fatalf("run %d: exit status %d, want 8 findings in renew:\n%s", i+1, r.Code, r.Out)
		}
	}
	if !slices.Equal(runs[0], runs[1]) {
		t.Errorf("two runs of go vet print the findings in different orders:\n%s\n--\n%s", strings.Join(runs[0], "\n"), strings.Join(runs[1], "\n"))
	}
	pos := func(l string) (string, int) {
		parts := strings.SplitN(l, ":", 3)
		n, _ := strconv.Atoi(parts[1])
		return parts[0], n
	}
	if !slices.IsSortedFunc(runs[0], func(a, b string) int {
		fa, la := pos(a)
		fb, lb := pos(b)
		return cmp.Or(strings.Compare(fa, fb), la-lb)
	}) {
		t.Errorf("go vet's findings are not in position order:\n%s", strings.Join(runs[0], "\n"))
	}
}
