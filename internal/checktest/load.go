package checktest

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// The packages of a test are loaded as go vet and golangci-lint present them
// to a check, every package with its facts, except the standard library:
// the packages named and every dependency outside the standard library
// from source, the standard library from the compiler's export data (go
// list -export; the build cache keeps it), which no check needs facts of
// (they leave GOROOT alone). Unlike the cbclint command's loader
// (internal/driver), it does not ask the checks which dependencies they need
// (check.SourceDeps): that choice is the command's, and its tests'.

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
	l := &loader{
		fset:  token.NewFileSet(),
		sizes: types.SizesFor("gc", runtime.GOARCH),
		done:  map[*packages.Package]*sync.Once{},
		cpu:   make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	for p := range packages.Postorder(roots) {
		l.done[p] = new(sync.Once)
		p.Fset, p.TypesSizes = l.fset, l.sizes
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
	}
	var wg sync.WaitGroup
	for _, p := range roots {
		wg.Go(func() { l.load(p) })
	}
	wg.Wait()
	return roots, nil
}

type loader struct {
	fset  *token.FileSet
	sizes types.Sizes
	done  map[*packages.Package]*sync.Once

	exportMu sync.Mutex    // gcexportdata fills in the packages it mentions
	cpu      chan struct{} // limits the type-checkers running at once
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

// load loads p and, first, what it imports.
func (l *loader) load(p *packages.Package) {
	l.done[p].Do(func() {
		if p.ExportFile != "" || p.PkgPath == "unsafe" {
			l.loadExport(p) // its dependencies are the standard library's too
			return
		}
		var wg sync.WaitGroup
		for _, imp := range p.Imports {
			wg.Go(func() { l.load(imp) })
		}
		wg.Wait()
		l.check(p)
	})
}

// loadExport reads the export data of p, a package of the standard library.
func (l *loader) loadExport(p *packages.Package) {
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	p.TypesInfo = &types.Info{}
	if p.Types.Complete() || p.PkgPath == "unsafe" {
		return
	}
	fail := func(err error) {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		p.IllTyped = true
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		fail(fmt.Errorf("no export data for %s: %v", p.ID, err))
		return
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		fail(fmt.Errorf("reading %s: %v", p.ExportFile, err))
		return
	}
	view := map[string]*types.Package{}
	var add func(q *packages.Package)
	add = func(q *packages.Package) {
		if _, ok := view[q.PkgPath]; ok {
			return
		}
		view[q.PkgPath] = q.Types
		for _, imp := range q.Imports {
			add(imp)
		}
	}
	add(p)
	if _, err := gcexportdata.Read(r, l.fset, view, p.PkgPath); err != nil {
		fail(fmt.Errorf("reading %s: %v", p.ExportFile, err))
	}
}

// check parses p's files and type-checks them against its imports, as
// go/packages does for a package it loads from source.
func (l *loader) check(p *packages.Package) {
	addError := func(err error) {
		switch err := err.(type) {
		case types.Error:
			p.TypeErrors = append(p.TypeErrors, err)
			p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
		case scanner.ErrorList:
			for _, e := range err {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}
	l.cpu <- struct{}{}
	defer func() { <-l.cpu }()
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(l.fset, name, nil, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			addError(err)
		}
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
	}
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			if !imp.Types.Complete() {
				return nil, fmt.Errorf("could not load %s", path)
			}
			return imp.Types, nil
		}),
		Error: addError,
		Sizes: l.sizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	if err := types.NewChecker(conf, l.fset, p.Types, p.TypesInfo).Files(p.Syntax); err != nil && len(p.Errors) == 0 {
		addError(err)
	}
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
