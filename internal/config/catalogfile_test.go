package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A module whose root holds codes.json, with a catalog above the module that
// must never be picked up: layout is dir/codes.json, dir/mod/go.mod,
// dir/mod/codes.json, dir/mod/billing/renew/ (a package) and dir/mod/tools/own.json.
func catalogModule(t *testing.T) (outer, root string) {
	t.Helper()
	outer = t.TempDir()
	root = filepath.Join(outer, "mod")
	for path, content := range map[string]string{
		"codes.json":               `[]`,
		"mod/go.mod":               "module example.com/billing\n",
		"mod/codes.json":           `[{"code": "CBC.99009999", "status": 400, "message": "Quota exhausted."}]`,
		"mod/billing/renew/r.go":   "package renew\n",
		"mod/tools/own.json":       `[]`,
		"mod/tools/codes.json":     `[]`,
		"mod/tools/sub/s.go":       "package sub\n",
		"mod/billing/renew/x.json": `[]`,
	} {
		p := filepath.Join(outer, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return outer, root
}

func TestFindCatalogFileFromAPackageDirectoryLikeGoVet(t *testing.T) {
	outer, root := catalogModule(t)
	for _, tc := range []struct {
		wd, name, want string // want "" means an error
	}{
		{"mod", "codes.json", "codes.json"},                                            // standalone at the module root
		{"mod/billing/renew", "codes.json", filepath.Join(root, "codes.json")},         // go vet in a package directory
		{"mod/tools/sub", "codes.json", filepath.Join(root, "tools", "codes.json")},    // the nearest one wins
		{"mod/billing/renew", "x.json", "x.json"},                                      // the current directory first
		{"mod/billing/renew", "tools/own.json", filepath.Join(root, "tools/own.json")}, // paths with directories too
		{"mod/billing/renew", "nope.json", ""},
		{"mod", filepath.Join(outer, "codes.json"), filepath.Join(outer, "codes.json")}, // absolute: as it is
	} {
		t.Run(tc.wd+"/"+tc.name, func(t *testing.T) {
			t.Chdir(filepath.Join(outer, tc.wd))
			got, err := findCatalogFile(tc.name)
			if tc.want == "" {
				if err == nil || !strings.Contains(err.Error(), tc.name) {
					t.Fatalf("findCatalogFile(%q) = %q, %v; want an error naming the file", tc.name, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("findCatalogFile(%q) = %q, %v; want %q", tc.name, got, err, tc.want)
			}
		})
	}
}

func TestFindCatalogFileStopsAtTheModuleRoot(t *testing.T) {
	outer, _ := catalogModule(t)
	if err := os.Remove(filepath.Join(outer, "mod", "codes.json")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(outer, "mod", "billing", "renew"))
	if got, err := findCatalogFile("codes.json"); err == nil {
		t.Errorf("findCatalogFile found %s above the module root", got)
	}
}

func TestCatalogFileUnderGoVetReachesTheCatalog(t *testing.T) {
	_, root := catalogModule(t)
	t.Chdir(filepath.Join(root, "billing", "renew"))
	s := &Settings{CatalogFile: "codes.json"}
	r, err := s.Resolve()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r.Catalog.Lookup("CBC.99009999"); !ok {
		t.Error("CBC.99009999 from the module root's codes.json is not in the catalog")
	}
}

// go vet analyses the standard library for facts in GOROOT, where the module's
// codes.json is not found: such a run must not fail, the vetted packages report.
func TestFactsOnlyRunFallsBackToDefaults(t *testing.T) {
	_, root := catalogModule(t)
	t.Chdir(t.TempDir()) // a dependency's directory, outside the module
	s := &Settings{CatalogFile: "codes.json", Critical: []string{"+CBC.99009999"}}
	if _, err := s.Resolve(); err == nil {
		t.Fatal("Resolve found codes.json outside the module")
	}
	s.ForFactsOnly()
	r, err := s.Resolve()
	if err != nil {
		t.Fatalf("facts-only run: %v", err)
	}
	if _, ok := r.Catalog.Lookup("CBC.99009999"); ok {
		t.Error("facts-only fallback has the module's code CBC.99009999")
	}

	t.Chdir(filepath.Join(root, "billing", "renew")) // a dependency inside the module keeps its settings
	s = &Settings{CatalogFile: "codes.json"}
	s.ForFactsOnly()
	if r, err := s.Resolve(); err != nil {
		t.Fatal(err)
	} else if _, ok := r.Catalog.Lookup("CBC.99009999"); !ok {
		t.Error("facts-only run inside the module lost codes.json")
	}
}
