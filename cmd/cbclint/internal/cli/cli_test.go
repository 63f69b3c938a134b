package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runInfo(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runIn(t, ".", args...)
}

// runIn runs the command in dir and returns its exit status, stdout and stderr.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(dir, args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// runCombined runs the command in dir and returns its exit status and what
// it printed, stdout then stderr.
func runCombined(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	code, out, errOut := runIn(t, dir, args...)
	return code, out + errOut
}

func TestExplain(t *testing.T) {
	code, out, _ := runInfo(t, "-explain", "CBC.5020")
	if code != 0 || !strings.Contains(out, "CBC.5020  Partial failure.") || !strings.Contains(out, "http200:     yes") || !strings.Contains(out, "critical:") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runInfo(t, "-explain=CBC.99003615")
	if code != 1 || !strings.Contains(out, "CBC.99003615 is not in the catalog") || !strings.Contains(out, "CBC.99003651") {
		t.Errorf("unknown code: exit %d:\n%s", code, out)
	}
	code, out, _ = runInfo(t, "-explain", "aes-256-cbc")
	if code != 1 || !strings.Contains(out, "is not a CBC error code") {
		t.Errorf("not a code: exit %d:\n%s", code, out)
	}
	if code, _, errOut := runInfo(t, "-explain"); code != 2 || errOut == "" {
		t.Errorf("missing argument: exit %d, %q", code, errOut)
	}
}

func TestCatalogJSON(t *testing.T) {
	code, out, _ := runInfo(t, "-catalog")
	var entries []map[string]any
	if err := json.Unmarshal([]byte(out), &entries); err != nil || code != 0 {
		t.Fatalf("exit %d, %v", code, err)
	}
	if len(entries) != 285 {
		t.Errorf("%d entries, want 204 page rows + 55 per-API codes + 12 more per-API codes + 8 from the 2026-12 pages + 4 new CBC codes and 2 gateway codes of 2026-12-06", len(entries))
	}
	for _, e := range entries {
		for _, k := range []string{"code", "status", "message", "description", "http200", "product", "action", "advice", "source", "sources"} {
			if _, ok := e[k]; !ok {
				t.Errorf("entry %v lacks %q", e["code"], k)
			}
		}
	}
}

func TestCatalogFileFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`[{"code": "CBC.99009999", "status": 400, "message": "Quota exhausted."}]`), 0o644)
	// The flag may come after -explain: the file is read first all the same.
	code, out, _ := runInfo(t, "-explain", "CBC.99009999", "-catalog-file", good)
	if code != 0 || !strings.Contains(out, "Quota exhausted.") || !strings.Contains(out, good) {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// A flag before it whose value is a separate argument, naming a code of the file.
	code, out, errOut := runInfo(t, "-cbcswitch.critical", "+CBC.99009999", "-catalog-file", good, "-explain", "CBC.99009999")
	if code != 0 || !strings.Contains(out, "critical:") {
		t.Errorf("-cbcswitch.critical +CBC.99009999 -catalog-file %s: exit %d:\n%s%s", good, code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("[\n  {\"code\": \"CBC.99009999\", \"mesage\": \"x\"}\n]"), 0o644)
	code, out, errOut = runInfo(t, "-catalog-file="+bad, "-catalog")
	if code != 2 || out != "" || !strings.Contains(errOut, bad+`:2:28: entry for CBC.99009999: unknown field "mesage"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if lines := strings.Count(errOut, "\n"); lines > 2 {
		t.Errorf("a bad setting takes one line (and a pointer to -help), got:\n%s", errOut)
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runInfo(t, "help")
	if code != 0 {
		t.Errorf("help: exit status %d", code)
	}
	for _, want := range []string{
		"cbclint finds bugs in Go code that calls Huawei Cloud's CBC",
		"  cbccode     report CBC error codes that CBC never sends\n",
		"  cbcswitch   report switches, if chains and maps on CBC error codes that miss critical codes\n",
		"  cbcstatus   report CBC calls judged by HTTP status alone",
		"cbclint -fix ./...", "cbclint -json ./...", "cbclint -explain CBC.5020", "cbclint -catalog", "go vet -vettool=$(which cbclint) ./...",
		"-checks checks", "-catalog-file file", "-include-generated", "-cbcswitch.default-handles", "-cbcswitch.critical changes",
		"-cbcstatus.endpoints hosts", "-cbcstatus.response-packages paths",
		"apply the fix of each finding that has exactly one",
		"  3  findings (printed, in the JSON or SARIF, or left unfixed by -fix)", "  1  a package could not be loaded", "  2  bad flags or settings (one line says which), no packages named, or\n     patterns that match no package",
		"'cbclint help <check>'", "https://github.com/cbclint/cbclint",
		"cbclint -version", "//cbclint:ignore cbcswitch the reconciler retries throttled calls\n",
		"The reason after the\ncheck names is required", "or one that silences nothing,\nis reported too", "stale directives",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	// Nothing of x/tools' text for its own tools.
	for _, wrong := range []string{"Printf", "fixtool", "deprecated", "-debug", "-V"} {
		if strings.Contains(out, wrong) {
			t.Errorf("help says %q:\n%s", wrong, out)
		}
	}
	if _, dash, _ := runInfo(t, "-help"); dash != out {
		t.Errorf("-help and help differ")
	}
}

func TestHelpCheck(t *testing.T) {
	code, out, _ := runInfo(t, "help", "cbcswitch")
	if code != 0 || !strings.HasPrefix(out, "cbcswitch: report switches, if chains and maps on CBC error codes that miss critical codes\n\n") {
		t.Errorf("help cbcswitch: exit %d:\n%s", code, out)
	}
	if n := strings.Count(out, "cbcswitch:"); n != 1 {
		t.Errorf("help cbcswitch names the check %d times before a colon, want once:\n%s", n, out)
	}
	for _, want := range []string{"-cbcswitch.default-handles", "-cbcswitch.critical", "https://pkg.go.dev/github.com/cbclint/cbclint/analyzer/cbcswitch"} {
		if !strings.Contains(out, want) {
			t.Errorf("help cbcswitch lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "-cbcstatus.") {
		t.Errorf("help cbcswitch shows another check's flags:\n%s", out)
	}
	if code, _, errOut := runInfo(t, "help", "cbcswich"); code != 2 || errOut != "cbclint: help: unknown check \"cbcswich\" (did you mean cbcswitch?)\n" {
		t.Errorf("help of an unknown check: exit %d, %q", code, errOut)
	}
}

// go vet talks to its -vettool with -flags, -V=full and a config file; the
// rest is the standalone command.
func TestVetProtocol(t *testing.T) {
	for args, want := range map[string]bool{
		"-flags":  true,
		"-V=full": true,
		"-cbcswitch.default-handles /tmp/b/vet.cfg": true,
		"./...":                          false,
		"-json ./...":                    false,
		"-fix -checks=cbccode ./billing": false,
		"help cbcswitch":                 false,
	} {
		if got := vetProtocol(strings.Fields(args)); got != want {
			t.Errorf("vetProtocol(%s) = %v", args, got)
		}
	}
}

// Arguments -explain, -catalog, -version and help do not use are refused with
// one line saying which and why, instead of a bare "usage" or being ignored.
func TestInfoMisuse(t *testing.T) {
	for _, tc := range []struct {
		args string
		want string
	}{
		{"-explain CBC.5020 CBC.0250", `-explain takes one code and no packages: "CBC.0250" is one argument too many (run cbclint -explain once for each code)`},
		{"-explain CBC.5020 ./...", `-explain takes one code and no packages: "./..." is one argument too many`},
		{"-catalog ./...", `-catalog takes no arguments: remove "./..."`},
		{"-catalog -json", "-json does not apply to -catalog, which prints JSON already"},
		{"-json -explain CBC.5020", "-json does not apply to -explain: it is for analysing packages"},
		{"-explain CBC.5020 -fix", "-fix does not apply to -explain: it is for analysing packages"},
		{"-cbccode -explain CBC.5020", "-cbccode does not apply to -explain: it is for analysing packages"},
		{"-catalog -explain CBC.5020", "-catalog and -explain do not go together: give one of them"},
		{"-version -catalog", "-version and -catalog do not go together: give one of them"},
		{"help cbcstatus extra", `help takes one check name: remove "extra"`},
	} {
		code, out, errOut := runInfo(t, strings.Fields(tc.args)...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "cbclint: "+tc.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("cbclint %s: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, tc.want)
		}
	}
	// Settings do apply: they change the catalog, or are checked all the same.
	if code, out, errOut := runInfo(t, "-checks=all", "-explain", "CBC.0250"); code != 0 || !strings.HasPrefix(out, "CBC.0250  ") {
		t.Errorf("-checks=all -explain CBC.0250: exit %d:\n%s%s", code, out, errOut)
	}
}
