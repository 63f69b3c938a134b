package cbcswitch_test

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/config"
)

func TestDispatches(t *testing.T) {
	for _, pkg := range []string{"payment", "constants", "twins", "topics", "directives", "tags", "correct", "tables"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), pkg)
		})
	}
}

func TestDefaultClauseAndFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), "defaults")
}

func TestDefaultHandles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{DefaultHandles: true}), "defaulthandles")
}

func TestCriticalChanges(t *testing.T) {
	s := &config.Settings{Critical: []string{"-CBC.0250", "+CBC.99003110:payment", "+CBC.5042"}}
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(s), "critical")
}

// TestFixes: if/else chains, and dispatches over a type parameter, whose
// fixes compare a value of type C with an untyped constant.
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), "chains", "generics")
}

// TestFixedFilesBuild proves that the fixes leave code that compiles, passes
// go vet and is gofmt-clean: it builds the golden files (the test packages as
// RunWithSuggestedFixes has them after all fixes) against the SDK stubs.
func TestFixedFilesBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	gopath := t.TempDir()
	src := filepath.Join(analysistest.TestData(), "src")
	var pkgs []string
	err := filepath.WalkDir(src, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if name, ok := strings.CutSuffix(rel, ".golden"); ok {
			if formatted, err := format.Source(b); err != nil || !bytes.Equal(formatted, b) {
				t.Errorf("%s is not gofmt-clean (%v)", rel, err)
			}
			rel = name
			pkgs = append(pkgs, filepath.ToSlash(filepath.Dir(rel)))
		} else if _, err := os.Stat(path + ".golden"); err == nil {
			return nil // the golden file stands for it
		}
		dst := filepath.Join(gopath, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatal("no golden files")
	}
	cmd := exec.Command("go", append([]string{"vet"}, pkgs...)...)
	cmd.Dir = filepath.Join(gopath, "src")
	cmd.Env = append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go vet %s on the fixed files: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
}
