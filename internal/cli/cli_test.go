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
	if len(entries) != 259 {
		t.Errorf("%d entries, want 204 page rows + 55 per-API codes", len(entries))
	}
	for _, k := range []string{"code", "status", "message", "description", "http200", "source"} {
		if _, ok := entries[0][k]; !ok {
			t.Errorf("entries lack %q", k)
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
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("[\n  {\"code\": \"CBC.99009999\", \"mesage\": \"x\"}\n]"), 0o644)
	code, out, errOut := runInfo(t, "-catalog-file="+bad, "-catalog")
	if code != 2 || out != "" || !strings.Contains(errOut, bad+`:2:28: entry for CBC.99009999: unknown field "mesage"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if lines := strings.Count(errOut, "\n"); lines > 2 {
		t.Errorf("a bad setting takes one line (and a pointer to -help), got:\n%s", errOut)
	}
}
