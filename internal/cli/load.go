package cli

import (
	"bytes"
	"encoding/json"
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

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/check"
)

// The standalone driver loads the packages it analyses, and the dependencies
// whose facts the checks need, from source, and every other dependency from the
// compiler's export data: what packages.LoadSyntax costs, plus the few
// dependencies whose facts the checks need (check.SourceDeps: for cbcstatus,
// those a CBC request or reply can reach). packages.LoadAllSyntax, the usual way to give
// analyzers facts, type-checks every dependency from source, the standard
// library included (testdata/example: 13 times the wall time, 18 times the
// peak memory of a warm run).
// go/packages cannot mix the two, so go/packages lists the packages and their
// export data (go list -deps -export), and load type-checks them itself, as
// go/packages does.

// metadataMode is what go list says of every package: files, imports, export
// data, module.
const metadataMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile | packages.NeedModule

// load loads the packages patterns name in dir (with their tests if tests) for
// analyzers: the roots from source; their dependencies from export data, but
// those the checks ask for (check.SourceDeps) from source when an analyzer
// uses facts. Every package of the graph has
// Types, Fset and TypesSizes; those from source also have Syntax and TypesInfo.
func load(dir string, patterns []string, tests bool, analyzers []*analysis.Analyzer) ([]*packages.Package, error) {
	roots, err := packages.Load(&packages.Config{Mode: metadataMode, Tests: tests, Dir: dir}, patterns...)
	if err != nil || len(roots) == 0 {
		return roots, err
	}
	env, err := goEnv(dir)
	if err != nil {
		return nil, err
	}
	l := &loader{
		fset:   token.NewFileSet(),
		sizes:  types.SizesFor("gc", env.GOARCH),
		source: map[*packages.Package]bool{},
		done:   map[*packages.Package]*sync.Once{},
		parsed: map[string]*parsed{},
		cpu:    make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	var all []*packages.Package
	for p := range packages.Postorder(roots) {
		all = append(all, p)
		l.done[p] = new(sync.Once)
		p.Fset, p.TypesSizes = l.fset, l.sizes
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
	}
	for _, p := range roots {
		l.source[p] = true
	}
	if needFacts(analyzers) {
		deps, err := sourceDeps(all, env.GOROOT, analyzers)
		if err != nil {
			return nil, err
		}
		for _, p := range deps {
			l.source[p] = true
		}
	}
	var wg sync.WaitGroup
	for _, p := range roots {
		wg.Go(func() { l.load(p) })
	}
	wg.Wait()
	for _, p := range all {
		if p.TypesInfo == nil {
			// A dependency the checks only see through its types: analyzers
			// with facts run on it as on a package without files.
			p.TypesInfo = &types.Info{}
		}
	}
	return roots, nil
}

// Load loads packages as the cbclint command does for analyzers (default
// settings); tools/bench measures the command's loading through it.
func Load(dir string, patterns []string, tests bool, analyzers []*analysis.Analyzer) ([]*packages.Package, error) {
	return load(dir, patterns, tests, analyzers)
}

// goEnv is what load needs of the go command's environment.
type goEnvVars struct{ GOARCH, GOROOT string }

func goEnv(dir string) (goEnvVars, error) {
	var env goEnvVars
	cmd := exec.Command("go", "env", "-json", "GOARCH", "GOROOT")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err == nil {
		err = json.Unmarshal(out, &env)
	}
	if err != nil {
		return env, fmt.Errorf("go env: %v: %s", err, stderr.Bytes())
	}
	return env, nil
}

// sourceDeps returns the packages of the graph the analyzers need from
// source (check.SourceDeps), by their go list data. A package whose files lie
// under goroot is the standard library's.
func sourceDeps(all []*packages.Package, goroot string, analyzers []*analysis.Analyzer) ([]*packages.Package, error) {
	std := filepath.Clean(goroot) + string(filepath.Separator)
	listed := make([]*check.Listed, len(all))
	for i, p := range all {
		l := &check.Listed{ID: p.ID, Files: p.GoFiles, Types: p.Types}
		l.Standard = p.Module == nil && len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], std)
		for _, imp := range p.Imports {
			l.Imports = append(l.Imports, imp.ID)
		}
		listed[i] = l
	}
	need, err := check.SourceDeps(analyzers, listed)
	if err != nil {
		return nil, err
	}
	var out []*packages.Package
	for _, p := range all {
		if need[p.ID] {
			out = append(out, p)
		}
	}
	return out, nil
}

type loader struct {
	fset   *token.FileSet
	sizes  types.Sizes
	source map[*packages.Package]bool // type-checked from source; the others from export data
	done   map[*packages.Package]*sync.Once

	exportMu sync.Mutex // gcexportdata may fill any package of the graph

	parseMu sync.Mutex
	parsed  map[string]*parsed // a file, once for a package and its test variant

	cpu chan struct{} // limits the type-checkers running at once
}

type parsed struct {
	ready chan struct{}
	file  *ast.File
	err   error
}

// load loads p and, first, what it imports.
func (l *loader) load(p *packages.Package) {
	l.done[p].Do(func() {
		if !l.source[p] {
			l.loadExport(p)
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

// loadExport reads the export data of p into p.Types. The packages it mentions
// are identified by path; the view is every package p depends on.
func (l *loader) loadExport(p *packages.Package) {
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if p.Types.Complete() || p.PkgPath == "unsafe" {
		return
	}
	fail := func(err error) {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		p.IllTyped = true
	}
	if p.ExportFile == "" {
		fail(fmt.Errorf("no export data for %s", p.ID))
		return
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		fail(err)
		return
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		fail(fmt.Errorf("reading %s: %v", p.ExportFile, err))
		return
	}
	view := map[string]*types.Package{}
	for dep := range packages.Postorder(slices.Collect(maps.Values(p.Imports))) {
		view[dep.PkgPath] = dep.Types
	}
	view[p.PkgPath] = p.Types
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
	p.Syntax = make([]*ast.File, 0, len(p.CompiledGoFiles))
	for _, name := range p.CompiledGoFiles {
		f, err := l.parse(name)
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
	l.cpu <- struct{}{}
	err := types.NewChecker(conf, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	<-l.cpu
	if err != nil && len(p.Errors) == 0 {
		addError(err)
	}
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

// parse parses the file name once for all the packages that compile it.
func (l *loader) parse(name string) (*ast.File, error) {
	l.parseMu.Lock()
	v := l.parsed[name]
	if v == nil {
		v = &parsed{ready: make(chan struct{})}
		l.parsed[name] = v
		l.parseMu.Unlock()
		v.file, v.err = parser.ParseFile(l.fset, name, nil, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		close(v.ready)
	} else {
		l.parseMu.Unlock()
		<-v.ready
	}
	return v.file, v.err
}
