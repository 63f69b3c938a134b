package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// A map with a code and an unknown one equally close to it and to another code:
// -fix must not pick the other code because the first is taken. It leaves the
// key alone, names both codes and exits 3.
func TestE2EFixNeverGuesses(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	dir := t.TempDir()
	src := `package billing

// Retryable says which error codes a retry may clear.
var Retryable = map[string]bool{"CBC.5020": true, "CBC.O520": true}
`
	for name, text := range map[string]string{"go.mod": "module example.com/billing\n\ngo 1.22\n", "retry.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := e2etest.Run(t, dir, nil, bin, "-fix", "./...")
	if r.Code != 3 {
		t.Errorf("-fix: exit status %d, want 3 (a finding is left):\n%s", r.Code, r.Out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "retry.go")); string(got) != src {
		t.Errorf("-fix changed the file:\n%s", got)
	}
	for _, want := range []string{`malformed CBC error code "CBC.O520"`, "CBC.0250 (", "CBC.5020 (", "add it to a catalog file"} {
		if !strings.Contains(r.Out, want) {
			t.Errorf("-fix output lacks %q:\n%s", want, r.Out)
		}
	}
}
