package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

var (
	golangciOnce sync.Once
	golangciPath string
	golangciErr  error
	golangciOut  []byte
)

// golangciLint returns golangci-lint v2.15.0 with the cbclint plugin, the
// binary `golangci-lint custom` builds from the README's .custom-gcl.yml (which
// needs GitHub; tools/golangci needs only the Go module proxy):
// $CBCLINT_GOLANGCI when set (make e2e builds bin/custom-gcl before the tests,
// printing what it does), otherwise built from tools/golangci once per test
// process. A cold build compiles about 1200 packages: minutes; go's build
// cache makes the next ones quick.
func golangciLint(t *testing.T) string {
	t.Helper()
	golangciOnce.Do(func() {
		if golangciPath = os.Getenv("CBCLINT_GOLANGCI"); golangciPath != "" {
			_, golangciErr = os.Stat(golangciPath)
			return
		}
		dir, err := os.MkdirTemp("", "golangci-") // in e2etest.RunTests's directory
		if err != nil {
			golangciErr = err
			return
		}
		golangciPath = filepath.Join(dir, "custom-gcl")
		cmd := exec.Command("go", "build", "-o", golangciPath, ".")
		cmd.Dir = filepath.Join(e2etest.Root(), "tools", "golangci")
		golangciOut, golangciErr = cmd.CombinedOutput()
	})
	if golangciErr != nil {
		t.Fatalf("building golangci-lint with the cbclint plugin (tools/golangci): %v\n%s", golangciErr, golangciOut)
	}
	return golangciPath
}

// readmeYAML returns the first yaml block of docs/reference.md (where the
// README sends golangci-lint's users) after the text after.
func readmeYAML(t *testing.T, after string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(e2etest.Root(), "docs", "reference.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), after)
	if !ok {
		t.Fatalf("README.md has no %q", after)
	}
	_, rest, ok = strings.Cut(rest, "```yaml\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatalf("README.md has no yaml block after %q", after)
	}
	return block
}

// golangciConfig is the README's .golangci.yml, with settings in place of its
// settings (the defaults) unless settings is "".
func golangciConfig(t *testing.T, settings string) string {
	t.Helper()
	config := readmeYAML(t, "and enable it in `.golangci.yml`")
	if settings == "" {
		return config
	}
	head, _, ok := strings.Cut(config, "        settings:\n")
	if !ok {
		t.Fatalf("the README's .golangci.yml has no settings:\n%s", config)
	}
	return head + "        settings:\n          " + settings + "\n"
}

// golangciRun runs golangci-lint in dir with its own cache and returns the
// result and the findings without the " (cbclint)" golangci-lint appends.
func golangciRun(t *testing.T, dir, cache string, args ...string) (result, []string) {
	t.Helper()
	r := run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, golangciLint(t), append([]string{"run"}, args...)...)
	var got []string
	for _, f := range findings(r.Out, dir) {
		if f, ok := strings.CutSuffix(f, " (cbclint)"); ok { // not golangci-lint's standard linters
			got = append(got, f)
		}
	}
	return r, got
}

func TestE2EGolangciLint(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, billing)
	writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, ""))
	sarif := filepath.Join(t.TempDir(), "cbclint.sarif")

	r, got := golangciRun(t, dir, t.TempDir(), "--output.text.path=stdout", "--output.sarif.path="+sarif, "./...")
	if r.Code != 1 {
		t.Errorf("golangci-lint exit status %d, want 1 (issues found)\n%s", r.Code, r.Out)
	}
	const front = "golangci-lint"
	wantFinding(t, front, got, "malformed", `cbccode: malformed CBC error code "cbc.0250"`)
	wantFinding(t, front, got, "swapped", "cbccode: unknown CBC error code CBC.99003615: did you mean CBC.99003651")
	wantFinding(t, front, got, "catalog-file", "cbccode: unknown CBC error code CBC.99009999")
	wantNone(t, front, got, "nolint")
	wantNone(t, front, got, "ignore")
	wantFinding(t, front, got, "switch", "cbcswitch: switch on CBC code misses")
	wantFinding(t, front, got, "switch", "CBC.99000088")
	wantFinding(t, front, got, "status", "cbcstatus: ")
	wantNone(t, front, got, "endpoints")
	wantNone(t, front, got, "response-packages")

	// The same findings as the cbclint command, except the one //nolint:cbclint
	// silences: golangci-lint's directive, which cbclint alone does not know.
	// Both name the check of each finding: golangci-lint before the message,
	// cbclint after it.
	standalone := run(t, dir, nil, e2etest.Binary(t), "./...")
	var want []string
	for _, f := range e2etest.FindingsByCheck(standalone.Out, dir) {
		if !strings.HasPrefix(f, line("nolint")+":") {
			want = append(want, f)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("golangci-lint and cbclint differ:\ngolangci-lint:\n%s\ncbclint:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// SARIF, for code scanning: one result per finding, from the cbclint linter.
	b, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatalf("--output.sarif.path: %v", err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF output: %v\n%s", err, b)
	}
	var sarifFindings []string
	for _, res := range log.Runs[0].Results {
		if res.RuleID != "cbclint" {
			continue // golangci-lint's standard linters, which the README's .golangci.yml keeps
		}
		if len(res.Locations) != 1 {
			t.Errorf("SARIF result %+v: want one location", res)
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		sarifFindings = append(sarifFindings, loc.ArtifactLocation.URI+":"+strconv.Itoa(loc.Region.StartLine)+": "+res.Message.Text)
	}
	if log.Version != "2.1.0" || len(sarifFindings) != len(got) {
		t.Errorf("SARIF %s has %d cbclint results, want %d (the text output's findings):\n%s", log.Version, len(sarifFindings), len(got), b)
	}
	if !slices.ContainsFunc(sarifFindings, func(s string) bool {
		return strings.HasPrefix(s, line("swapped")+": cbccode: unknown CBC error code CBC.99003615")
	}) {
		t.Errorf("SARIF results lack the CBC.99003615 finding on %s:\n%s", line("swapped"), strings.Join(sarifFindings, "\n"))
	}
}

func TestE2EGolangciLintSettings(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, billing)
	const front = "golangci-lint with settings"

	writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, `checks: [cbccode, cbcswitch, cbcstatus]
          catalog-file: codes.json
          default-handles: true
          endpoints: [bss.example.com]
          response-packages: [example.com/billing/...]`))
	// Run from a package directory: golangci-lint finds .golangci.yml above it,
	// cbclint finds the relative catalog file at the module root, and the paths
	// are relative to .golangci.yml (golangci-lint's run.relative-path-mode: cfg).
	r, rel := golangciRun(t, filepath.Join(dir, "pay"), t.TempDir(), "./...", "../topup", "../renewal")
	if r.Code != 1 {
		t.Errorf("exit status %d, want 1\n%s", r.Code, r.Out)
	}
	wantFinding(t, front, rel, "swapped", "cbccode: unknown CBC error code CBC.99003615")
	wantNone(t, front, rel, "catalog-file")                // catalog-file: CBC.99009999 is known now
	wantNone(t, front, rel, "switch")                      // default-handles: the default clause handles the critical codes
	wantFinding(t, front, rel, "endpoints", "cbcstatus: ") // endpoints: bss.example.com is a CBC endpoint
	wantFinding(t, front, rel, "response-packages", "cbcstatus: the Renew response is discarded")

	writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, `checks: [cbcswitch]`))
	_, got := golangciRun(t, dir, t.TempDir(), "./...")
	if n := slices.IndexFunc(got, func(f string) bool { return strings.Contains(f, ": cbccode: ") }); n >= 0 {
		t.Errorf("checks: [cbcswitch] still runs cbccode: %s", got[n])
	}
}

func TestE2EGolangciLintBadSettings(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, billing)
	for _, tc := range []struct {
		name, settings, want string
	}{
		{"unknown key", "default-handle: true", `unknown setting "default-handle"`},
		{"unknown check", "checks: [cbcswich]", `unknown check "cbcswich"`},
		{"unknown code in critical", `critical: ["+CBC.99999999"]`, "unknown code CBC.99999999"},
		{"unreadable catalog file", "catalog-file: no-such-codes.json", "no-such-codes.json"},
		{"bad endpoint", `endpoints: ["https://bss.example.com/v2"]`, `"https://bss.example.com/v2" is not a host name pattern`},
		{"bad response package", `response-packages: ["https://example.com/ledger"]`, `"https://example.com/ledger" is not an import-path pattern`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, tc.settings))
			r, got := golangciRun(t, dir, t.TempDir(), "./...")
			// golangci-lint stops on a plugin's error with its exit status for failures, 3.
			if r.Code != 3 || !strings.Contains(r.Out, "plugin(cbclint)") || !strings.Contains(r.Out, tc.want) || len(got) > 0 {
				t.Errorf("exit status %d, want 3 and an error containing %q, no findings:\n%s", r.Code, tc.want, r.Out)
			}
		})
	}
}

// golangci-lint caches each package's findings keyed on the files, the binary
// and .golangci.yml, not on the catalog file's content; the README says to run
// `golangci-lint cache clean` after changing it.
func TestE2EGolangciLintCatalogChange(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, map[string]string{
		"go.mod":     billing["go.mod"],
		"codes.json": billing["codes.json"],
		"quota/quota.go": `package quota

// Exhausted is our contract's own code, from codes.json.
const Exhausted = "CBC.99009999"
`,
	})
	writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, "catalog-file: codes.json"))
	cache := t.TempDir()
	if r, got := golangciRun(t, dir, cache, "./..."); r.Code != 0 || len(got) > 0 {
		t.Fatalf("with CBC.99009999 in codes.json: exit status %d, want 0:\n%s", r.Code, r.Out)
	}
	writeFile(t, filepath.Join(dir, "codes.json"), "[]\n")
	_, got := golangciRun(t, dir, cache, "./...")
	t.Logf("after removing CBC.99009999 from codes.json, without cleaning the cache: %d findings", len(got))

	if r := run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + cache}, golangciLint(t), "cache", "clean"); r.Code != 0 {
		t.Fatalf("golangci-lint cache clean: exit status %d\n%s", r.Code, r.Out)
	}
	r, got := golangciRun(t, dir, cache, "./...")
	if r.Code != 1 || len(got) != 1 || !strings.Contains(got[0], "quota/quota.go:4:19: cbccode: unknown CBC error code CBC.99009999") {
		t.Errorf("after golangci-lint cache clean: exit status %d, want the CBC.99009999 finding:\n%s", r.Code, r.Out)
	}
}

// The README's .custom-gcl.yml, with the plugin taken from this checkout, is
// what `golangci-lint custom` accepts. Where GitHub is reachable it builds the
// binary; here the build stops at cloning golangci-lint, after the file was read
// and validated (the other tests use tools/golangci's binary instead).
func TestE2EGolangciLintCustomConfig(t *testing.T) {
	e2etest.Require(t)
	config := readmeYAML(t, "Build a golangci-lint that contains it with this `.custom-gcl.yml`")
	var lines []string
	for _, l := range strings.Split(config, "\n") {
		if strings.HasPrefix(l, "    version: ") || strings.HasPrefix(l, "    path: ") { // the plugin's release tag or checkout
			l = "    path: " + e2etest.Root()
		}
		lines = append(lines, l)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".custom-gcl.yml"), strings.Join(lines, "\n"))
	r := run(t, dir, nil, golangciLint(t), "custom", "-v")
	switch {
	case r.Code == 0:
		if v := run(t, dir, nil, filepath.Join(dir, "bin", "custom-gcl"), "linters"); !strings.Contains(v.Out, "cbclint") {
			t.Errorf("golangci-lint custom built bin/custom-gcl, but its linters lack cbclint:\n%s", v.Out)
		}
	case strings.Contains(r.Out, "clone golangci-lint") && strings.Contains(r.Out, "Cloning golangci-lint repository"):
		t.Logf("golangci-lint custom accepted the README's .custom-gcl.yml and stopped at cloning (no GitHub here):\n%s", r.Out)
	default:
		t.Errorf("golangci-lint custom with the README's .custom-gcl.yml: exit status %d\n%s", r.Code, r.Out)
	}
}

// golangci-lint's defaults hide findings: one per line (uniq-by-line), three
// with the same text (max-same-issues), fifty per linter. The README's
// .golangci.yml turns that off, so every finding of cbclint is shown.
func TestE2EGolangciLintShowsEveryFinding(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, map[string]string{
		"go.mod": billing["go.mod"],
		"codes/codes.go": `package codes

// Two mistyped codes on one line, and the same mistyped code four times.
var Busy, Throttled = "CBC.99003615", "cbc.0250"

var (
	Retry1 = "cbc.0250"
	Retry2 = "cbc.0250"
	Retry3 = "cbc.0250"
	Retry4 = "cbc.0250"
)
`,
	})
	standalone := e2etest.FindingsByCheck(run(t, dir, nil, e2etest.Binary(t), "./...").Out, dir)
	if len(standalone) != 6 {
		t.Fatalf("cbclint: %d findings, want 6:\n%s", len(standalone), strings.Join(standalone, "\n"))
	}
	readme := golangciConfig(t, "")
	writeFile(t, filepath.Join(dir, ".golangci.yml"), readme)
	if _, got := golangciRun(t, dir, t.TempDir(), "./..."); !slices.Equal(got, standalone) {
		t.Errorf("golangci-lint with the README's .golangci.yml shows:\n%s\nwant every finding of cbclint:\n%s", strings.Join(got, "\n"), strings.Join(standalone, "\n"))
	}
	// Without the README's issues: section, golangci-lint's defaults hide some,
	// which is why the README sets it.
	head, rest, ok := strings.Cut(readme, "issues:\n")
	_, tail, ok2 := strings.Cut(rest, "linters:\n")
	if !ok || !ok2 {
		t.Fatalf("the README's .golangci.yml has no issues: section before linters:\n%s", readme)
	}
	writeFile(t, filepath.Join(dir, ".golangci.yml"), head+"linters:\n"+tail)
	if _, got := golangciRun(t, dir, t.TempDir(), "./..."); len(got) >= len(standalone) {
		t.Errorf("golangci-lint's defaults showed all %d findings; the README says they hide some:\n%s", len(got), strings.Join(got, "\n"))
	}
}
