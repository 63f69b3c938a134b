package checktest

import (
	"bytes"
	"fmt"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/driver"
)

// The packages of a test are loaded as go vet and golangci-lint present them
// to a check, every package with its facts, except the standard library:
// the packages named and every dependency outside the standard library
// from source, the standard library from the compiler's export data (go
// list -export; the build cache keeps it), which no check needs facts of
// (they leave GOROOT alone). The command's type-checker does the loading
// (driver.TypeCheck), but unlike the command, Load does not ask the checks
// which dependencies they need (check.SourceDeps): that choice is the
// command's, and its tests'.

// loadMode lists the packages without their export data: go list -export
// would compile every package of the graph, the testdata packages of a
// temporary tree anew each time; only the standard library's are asked for
// (exportFiles), which the build cache holds.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule

// Load loads the packages patterns name in the GOPATH tree gopath (or the
// module gopath, when it has a go.mod), with their tests if tests. Every
// package of the graph has Types, Fset, TypesSizes and TypesInfo; those from
// source (all but the standard library's) also have Syntax. It fails when a
// package cannot be listed or matched nothing; type errors are the
// packages' Errors.
func Load(gopath string, tests bool, patterns ...string) ([]*packages.Package, error) {
	var roots []*packages.Package
	var err error
	dir, env := filepath.Join(gopath, "src"), GOPATHEnv(gopath)
	if _, statErr := os.Stat(filepath.Join(gopath, "go.mod")); statErr == nil {
		dir, env = gopath, moduleEnv()
	}
	withEnv(env, func() {
		roots, err = packages.Load(&packages.Config{Mode: loadMode, Tests: tests, Dir: dir}, patterns...)
		if err == nil {
			err = exportFiles(dir, roots, filepath.Clean(gopath)+string(filepath.Separator))
		}
	})
	if err != nil {
		return nil, fmt.Errorf("loading %s: %v", patterns, err)
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("no packages matched %s", patterns)
	}
	for _, p := range roots {
		if p.Name == "" {
			return nil, fmt.Errorf("failed to load %q: %v", p.ID, p.Errors)
		}
	}
	driver.TypeCheck(roots, types.SizesFor("gc", runtime.GOARCH), func(p *packages.Package) bool {
		return p.ExportFile == "" && p.PkgPath != "unsafe"
	})
	return roots, nil
}

// standard reports whether p, of a graph loaded from the tree gopath (with a
// trailing separator), is the standard library's: it is in no module, its
// files are not in the tree (a testdata tree is all its GOPATH, or a module
// that requires nothing), and it is neither a test variant nor a test's main
// package (generated in the build cache).
func standard(p *packages.Package, gopath string) bool {
	return p.Module == nil && len(p.GoFiles) > 0 && !strings.HasPrefix(p.GoFiles[0], gopath) &&
		p.ID == p.PkgPath && !strings.HasSuffix(p.PkgPath, ".test")
}

// exportFiles sets the ExportFile of the packages of the standard library in
// the graph of roots, loaded from the tree gopath, with go list -export run
// in dir.
func exportFiles(dir string, roots []*packages.Package, gopath string) error {
	std := map[string]*packages.Package{}
	for p := range packages.Postorder(roots) {
		if standard(p, gopath) && p.PkgPath != "unsafe" {
			std[p.PkgPath] = p
		}
	}
	if len(std) == 0 {
		return nil
	}
	cmd := exec.Command("go", append([]string{"list", "-export", "-f", "{{.ImportPath}} {{.Export}}"}, slices.Sorted(maps.Keys(std))...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list -export: %v: %s", err, stderr.Bytes())
	}
	for line := range strings.Lines(string(out)) {
		path, file, _ := strings.Cut(strings.TrimSpace(line), " ")
		if p := std[path]; p != nil {
			p.ExportFile = file
		}
	}
	for path, p := range std {
		if p.ExportFile == "" {
			return fmt.Errorf("go list -export gave no export data for %s", path)
		}
	}
	return nil
}
