package cli

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// TestMain lets a test run this test binary as cbclint itself (Main, with its
// exits), as go vet runs its -vettool: see runMain. The tests run with the
// fact cache off (unless CBCLINT_CACHE names one): they run in parallel, and
// what they find must not depend on what an earlier run left in the user's
// cache.
func TestMain(m *testing.M) {
	if os.Getenv("CBCLINT_TEST_MAIN") == "1" {
		os.Args = append([]string{"cbclint"}, os.Args[1:]...)
		Main()
	}
	if os.Getenv("CBCLINT_CACHE") == "" {
		os.Setenv("CBCLINT_CACHE", "off")
	}
	os.Exit(m.Run())
}

// runMain runs Main in a process of its own with args and returns what it
// printed on standard output and its exit status.
func runMain(t *testing.T, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CBCLINT_TEST_MAIN=1")
	out, err := cmd.Output()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

func TestVersion(t *testing.T) {
	want := regexp.MustCompile(`^cbclint \S+, built with go\S+\ncatalog: \d+ entries, \d+ codes, from the error-code page of \d{4}-\d{2}-\d{2}\n$`)
	for _, args := range [][]string{{"-version"}, {"version"}} {
		code, out, errOut := runInfo(t, args...)
		if code != 0 || !want.MatchString(out) {
			t.Errorf("cbclint %s: exit %d, stdout %q, stderr %q; want %s", args[0], code, out, errOut, want)
		}
	}
	// The build info of a test binary has no module version: (devel).
	if _, out, _ := runInfo(t, "version"); !strings.HasPrefix(out, "cbclint (devel), ") {
		t.Errorf("version in a checkout: %q, want (devel)", out)
	}
	size := fmt.Sprintf("catalog: %d entries, %d codes", len(catalog.Default().Entries()), len(catalog.Default().Codes()))
	if _, out, _ := runInfo(t, "version"); !strings.Contains(out, size) {
		t.Errorf("version: %q, want the size of the catalog", out)
	}
	// "version" with packages is an error, not a package.
	if code, _, errOut := runInfo(t, "version", "./..."); code != 2 || !strings.Contains(errOut, `version takes no arguments: remove "./..." (a package named version is ./version)`) {
		t.Errorf("version ./...: exit %d, %q", code, errOut)
	}
}

// go vet runs its -vettool with -V=full and keys its cache on the answer; it
// refuses any line but "<name> version <version> ...", and a devel version
// must end in buildID=<id> (cmd/go/internal/work/buildid.go).
func TestVetVersion(t *testing.T) {
	out, code := runMain(t, "-V=full")
	f := strings.Fields(out)
	if code != 0 || len(f) < 3 || f[1] != "version" || strings.Contains(f[2], "devel") && !strings.HasPrefix(f[len(f)-1], "buildID=") {
		t.Errorf("cbclint -V=full: exit %d, %q: not what go vet accepts", code, out)
	}
}
