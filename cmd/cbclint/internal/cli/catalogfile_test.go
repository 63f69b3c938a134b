package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A catalog file that names a code twice stops cbclint with exit status 2 and
// the file and line of the second entry, under -explain/-catalog and when the
// flag is set for a lint run.
func TestCatalogFileWithDuplicateCode(t *testing.T) {
	dir := t.TempDir()
	dup := filepath.Join(dir, "codes.json")
	if err := os.WriteFile(dup, []byte("[\n  {\"code\": \"CBC.99009999\", \"message\": \"Quota exhausted.\"},\n  {\"code\": \"CBC.99009999\", \"status\": 400}\n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := dup + ":3:3: duplicate entry for CBC.99009999: line 2 has one already"
	code, out, errOut := runInfo(t, "-catalog-file="+dup, "-catalog")
	if code != 2 || out != "" || !strings.Contains(errOut, want) {
		t.Errorf("-catalog: exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errOut, want)
	}
	// The lint run rejects it the same way, before loading anything.
	mod := writeModule(t, map[string]string{"pay/pay.go": "package pay\n"})
	code, _, errOut = runIn(t, mod, "-catalog-file="+dup, "./...")
	if code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("lint run: exit %d, stderr %q; want exit 2 and %q", code, errOut, want)
	}
}

func TestCatalogFileWithByteOrderMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "codes.json")
	if err := os.WriteFile(path, []byte("\ufeff[{\"code\": \"CBC.99009999\", \"message\": \"Quota exhausted.\"}]\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runInfo(t, "-catalog-file="+path, "-explain", "CBC.99009999")
	if code != 0 || !strings.Contains(out, "Quota exhausted.") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// -explain takes a code one digit short for a mistyped code, as cbccode does,
// and answers a huge argument in short lines.
func TestExplainShortAndHugeCodes(t *testing.T) {
	code, out, _ := runInfo(t, "-explain", "CBC.025")
	if code != 1 || !strings.Contains(out, "CBC.025 is not in the catalog.") || !strings.Contains(out, "  CBC.0250  Connection request control triggered.") || strings.Contains(out, "is not a CBC error code") {
		t.Errorf("-explain CBC.025: exit %d:\n%s", code, out)
	}
	code, out, _ = runInfo(t, "-explain", "CBC."+strings.Repeat("5", 5_000_000))
	if code != 1 || len(out) > 300 || !strings.Contains(out, "is not a CBC error code") {
		t.Errorf("-explain of 5 million digits: exit %d, %d bytes: %.200s", code, len(out), out)
	}
}
