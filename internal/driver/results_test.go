package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/factcache"
)

// lastRun is what the last Run of a test told its observer: its use of the
// results cache and of the fact cache.
type lastRun struct {
	res     *results
	session *factcache.Session
}

// options returns opts with last as their observer.
func (last *lastRun) options(opts Options) Options {
	opts.observe = func(res *results, s *factcache.Session) { last.res, last.session = res, s }
	return opts
}

// run runs the command's driver over ./root and ./aws of demandTree in
// dir, with the mark analyzer beside the checks, and returns its output and
// exit status.
func (last *lastRun) run(t *testing.T, dir, format string) (string, int) {
	t.Helper()
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	var out bytes.Buffer
	code := Run(dir, []string{"./root", "./aws"}, last.options(Options{Format: format}), markAndChecks(), &out, &out)
	return out.String(), code
}

// analysed returns how many root actions ran the analyzers in the last Run.
func (last *lastRun) analysed(t *testing.T) int {
	t.Helper()
	if last.res == nil {
		t.Fatal("no results cache in the last run")
	}
	return last.res.Analysed
}

// TestResultsCache proves the results cache: a second run on an unchanged
// tree prints the same text, JSON and SARIF without running an analyzer on
// the roots; a changed file analyses again only the roots whose key depends
// on it; a corrupt entry is recomputed.
func TestResultsCache(t *testing.T) {
	t.Setenv("CBCLINT_CACHE", t.TempDir())
	dir := t.TempDir()
	writeTree(t, dir, demandTree)
	m := filepath.Join(dir, "m")
	perRoot := len(markAndChecks())
	last := new(lastRun)
	want := map[string]string{}
	for _, format := range []string{"text", "json", "sarif"} {
		first, code := last.run(t, m, format)
		if code != ExitFindings || !strings.Contains(first, "MarkCheck") {
			t.Fatalf("%s: first run: exit %d, want %d with the mark findings:\n%s", format, code, ExitFindings, first)
		}
		want[format] = first
		second, code := last.run(t, m, format)
		if second != first || code != ExitFindings {
			t.Errorf("%s: second run (exit %d) differs from the first:\n%s\nfirst:\n%s", format, code, second, first)
		}
		if n := last.analysed(t); n != 0 {
			t.Errorf("%s: second run analysed %d root actions, want none", format, n)
		}
		if n := len(last.res.found); n != 2 {
			t.Errorf("%s: second run found %d roots in the cache, want 2", format, n)
		}
	}

	// A dependency of root changed: root again, not aws.
	writeTree(t, dir, map[string]string{"other/cbc/cbc.go": demandTree["other/cbc/cbc.go"] + "\n// changed\n"})
	if got, _ := last.run(t, m, "text"); got != want["text"] {
		t.Errorf("after a change of cbc:\n%s\nwant:\n%s", got, want["text"])
	}
	if n := last.analysed(t); n != perRoot || last.res.found[last.rootNamed(t, "example.com/m/aws")] == nil {
		t.Errorf("after a change of cbc: analysed %d root actions (aws found: %v), want %d (root only)", n, last.res.found != nil, perRoot)
	}
	// aws changed: aws again, not root.
	writeTree(t, dir, map[string]string{"m/aws/aws.go": demandTree["m/aws/aws.go"] + "\n// changed\n"})
	last.run(t, m, "text")
	if n := last.analysed(t); n != perRoot || last.res.found[last.rootNamed(t, "example.com/m/root")] == nil {
		t.Errorf("after a change of aws: analysed %d root actions, want %d (aws only)", n, perRoot)
	}

	// Every entry corrupt: analysed again, the same output, then cached again.
	entries, _ := filepath.Glob(filepath.Join(os.Getenv("CBCLINT_CACHE"), "*", "*-f"))
	if len(entries) == 0 {
		t.Fatal("no entries written")
	}
	for _, e := range entries {
		b, _ := os.ReadFile(e)
		b[len(b)-1] ^= 0xff
		os.WriteFile(e, b, 0o666)
	}
	if got, _ := last.run(t, m, "text"); got != want["text"] || last.analysed(t) != 2*perRoot {
		t.Errorf("corrupt entries: analysed %d root actions, want %d; output:\n%s", last.analysed(t), 2*perRoot, got)
	}
	if last.run(t, m, "text"); last.analysed(t) != 0 {
		t.Errorf("rewritten entries: analysed %d root actions, want none", last.analysed(t))
	}

	// The results cache off: the roots analysed, the same output.
	t.Setenv(ResultsEnvVar, "off")
	if got, _ := last.run(t, m, "text"); got != want["text"] || last.res != nil || last.session.Read == 0 {
		t.Errorf("results cache off: results cache %v, %d facts read; output:\n%s\nwant:\n%s", last.res, last.session.Read, got, want["text"])
	}
	t.Setenv(ResultsEnvVar, "")

	// The cache off: no results cache, the same output.
	t.Setenv("CBCLINT_CACHE", "off")
	if got, _ := last.run(t, m, "text"); got != want["text"] || last.res != nil {
		t.Errorf("cache off: results cache %v; output:\n%s\nwant:\n%s", last.res, got, want["text"])
	}
}

// rootNamed returns the root of the last Run whose path is path.
func (last *lastRun) rootNamed(t *testing.T, path string) *packages.Package {
	t.Helper()
	for r := range last.res.found {
		if r.PkgPath == path {
			return r
		}
	}
	for r := range last.res.keep {
		if r.PkgPath == path {
			return r
		}
	}
	t.Fatalf("no root %s", path)
	return nil
}

// TestResultsCacheFix proves -fix on cached results: the same fixes,
// verified and written, and the same output, as after an analysis.
func TestResultsCacheFix(t *testing.T) {
	t.Setenv("CBCLINT_CACHE", t.TempDir())
	dir := writeModule(t, map[string]string{"pay/pay.go": billing})
	last := new(lastRun)
	name := filepath.Join(dir, "pay", "pay.go")
	fix := func() (string, string, int) {
		t.Helper()
		if err := os.WriteFile(name, []byte(billing), 0o666); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		code := Run(dir, []string{"./pay"}, last.options(Options{Format: "text", Fix: true}), analyzer.All(&config.Settings{}), &out, &out)
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return out.String(), string(b), code
	}
	out1, fixed1, code1 := fix()
	if fixed1 == billing || last.analysed(t) == 0 {
		t.Fatalf("first -fix fixed nothing (analysed %d):\n%s", last.analysed(t), out1)
	}
	out2, fixed2, code2 := fix()
	if out2 != out1 || fixed2 != fixed1 || code2 != code1 {
		t.Errorf("second -fix differs:\n%s (exit %d)\n%s\nfirst:\n%s (exit %d)\n%s", out2, code2, fixed2, out1, code1, fixed1)
	}
	if n := last.analysed(t); n != 0 {
		t.Errorf("second -fix analysed %d root actions, want none", n)
	}
}
