package config

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// An unknown golangci setting names itself and lists every real one, taken from
// the Settings fields, so a new setting cannot be left out of the message.
func TestDecodeUnknownSettingListsAll(t *testing.T) {
	_, err := Decode(map[string]any{"default-handle": true})
	want := `unknown setting "default-handle" (settings: checks, catalog-file, include-generated, default-handles, critical, endpoints, response-packages)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want it to contain %s", err, want)
	}
}

// The .golangci.yml of docs/reference.md shows every setting with its default:
// a setting added to Settings must be added there too.
func TestReadmeGolangciSettings(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "reference.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "and enable it in `.golangci.yml`")
	_, rest, ok2 := strings.Cut(rest, "        settings:\n")
	block, _, ok3 := strings.Cut(rest, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("docs/reference.md has no .golangci.yml with cbclint's settings after \"and enable it in `.golangci.yml`\"")
	}
	var keys []string
	for _, line := range strings.Split(block, "\n") {
		if key, _, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			keys = append(keys, key)
		}
	}
	if want := settingNames(); !slices.Equal(keys, want) {
		t.Errorf("the .golangci.yml of docs/reference.md shows the settings %v, want every setting in order: %v", keys, want)
	}
}

// The catalog file is read once, not again each time a later flag resolves the
// settings: here it is gone by the time the second flag is set.
func TestCatalogFileReadOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "codes.json")
	if err := os.WriteFile(path, []byte(`[{"code": "CBC.99009999", "status": 400, "message": "Quota exhausted."}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &Settings{}
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	s.RegisterFlags(fs)
	if err := fs.Set("catalog-file", path); err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	if err := fs.Set("include-generated", "true"); err != nil {
		t.Fatalf("-include-generated after -catalog-file: %v", err)
	}
	if r, err := s.Resolve(); err != nil || !r.IncludeGenerated {
		t.Fatalf("resolve: %+v, %v", r, err)
	} else if _, ok := r.Catalog.Lookup("CBC.99009999"); !ok {
		t.Error("the catalog lacks the file's code")
	}
}

// -checks=all (checks: [all]) runs every check, as help's "default: all"
// promises; an unknown name lists the names that are known.
func TestChecksAll(t *testing.T) {
	for _, checks := range [][]string{nil, {"all"}, {"all", "cbccode"}} {
		r, err := (&Settings{Checks: checks}).Resolve()
		if err != nil || !slices.Equal(r.Checks, Checks) {
			t.Errorf("checks %v: %v, %v; want every check", checks, r, err)
		}
	}
	for name, want := range map[string]string{
		"cbcswich": `checks: unknown check "cbcswich" (did you mean cbcswitch?)`,
		"CBCcode":  `checks: unknown check "CBCcode" (did you mean cbccode?)`,
		"cbc":      `checks: unknown check "cbc" (checks: cbccode, cbcswitch, cbcstatus)`,
		"cbcstat":  `checks: unknown check "cbcstat" (did you mean cbcstatus?)`,
	} {
		_, err := (&Settings{Checks: []string{name}}).Resolve()
		if err == nil || err.Error() != want {
			t.Errorf("checks %s: err = %v, want %s", name, err, want)
		}
	}
}
