package driver

import (
	"bytes"
	"encoding/json"
	"flag"
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
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/factcache"
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
//
// With the fact cache on (factcache; CBCLINT_CACHE), a dependency whose facts
// the cache holds is loaded from export data too, and the analyzers it
// returns to run (wrapping those of analyzers that use facts) export the
// cached facts on it; they write the facts of the packages they analyse from
// source.
func load(dir string, patterns []string, tests bool, analyzers []*analysis.Analyzer) ([]*packages.Package, []*analysis.Analyzer, error) {
	roots, run, _, _, err := loadCached(dir, patterns, tests, analyzers, false)
	return roots, run, err
}

// loadCached is load, and with withResults (and the cache on) also looks
// the roots up in the results cache (results.go): when it holds every
// root, no dependency is loaded from source. It returns the results cache's
// and the fact cache's use in this run too (nil when off or unused).
func loadCached(dir string, patterns []string, tests bool, analyzers []*analysis.Analyzer, withResults bool) ([]*packages.Package, []*analysis.Analyzer, *results, *factcache.Session, error) {
	roots, err := packages.Load(&packages.Config{Mode: metadataMode, Tests: tests, Dir: dir}, patterns...)
	if err != nil || len(roots) == 0 {
		return roots, analyzers, nil, nil, err
	}
	env, err := goEnv(dir)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	l := newLoader(roots, types.SizesFor("gc", env.GOARCH))
	all := l.all
	for _, p := range roots {
		l.source[p] = true
	}
	run := analyzers
	facts := needFacts(analyzers)
	var cache *factcache.Cache
	if facts || withResults {
		if cache, err = factcache.Open(); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	var keys *keyer // the results' and the facts' (keyer)
	if cache != nil {
		keys = &keyer{memo: map[*packages.Package]keyOf{}}
	}
	var res *results
	if cache != nil && withResults && os.Getenv(ResultsEnvVar) != "off" {
		res = newResults(cache, resultsSalt(env, analyzers), analyzers)
		for _, p := range roots {
			if k, ok := keys.of(p); ok {
				res.lookup(p, k)
			}
		}
	}
	var session *factcache.Session
	if facts && !res.allFound() {
		deps, err := sourceDeps(all, env.GOROOT, analyzers)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		if cache != nil {
			session = cache.Session(cacheSalt(env, analyzers))
		}
		for _, p := range deps { // the roots among them too: a later run may need their facts
			if session != nil {
				if k, ok := keys.of(p); ok {
					if (!l.source[p] || res != nil && res.found[p] != nil) && session.Lookup(p.Types, k, factAnalyzers(analyzers)) {
						// From export data, or a root whose results the
						// cache holds, with its facts from the cache.
						if l.source[p] {
							session.Keep(p.Types, k)
						}
						continue
					}
					session.Keep(p.Types, k)
				}
			}
			l.source[p] = true
		}
		if session != nil {
			run = session.Wrap(analyzers)
		}
	}
	l.run(roots)
	return roots, run, res, session, nil
}

// Load loads packages as the cbclint command does for analyzers (default
// settings), and returns the analyzers to run on them (see load);
// tools/bench measures the command's loading through it.
func Load(dir string, patterns []string, tests bool, analyzers []*analysis.Analyzer) ([]*packages.Package, []*analysis.Analyzer, error) {
	return load(dir, patterns, tests, analyzers)
}

// factAnalyzers returns the analyzers that use facts.
func factAnalyzers(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range analyzers {
		if len(a.FactTypes) > 0 && a.ResultType == nil {
			out = append(out, a)
		}
	}
	return out
}

// cacheSalt is what every entry of the fact cache depends on beside its
// package: the Go toolchain, cbclint's build (its executable, which changes
// with any change of cbclint) and the settings of the analyzers (with the
// contents of a catalog file).
func cacheSalt(env goEnvVars, analyzers []*analysis.Analyzer) factcache.Key {
	h := factcache.NewHasher()
	h.String(env.GOVERSION)
	h.String(env.GOARCH)
	h.String(runtime.Version())
	if info, ok := debug.ReadBuildInfo(); ok {
		h.String(info.Main.Version)
	}
	if exe, err := os.Executable(); err == nil {
		if fi, err := os.Stat(exe); err == nil {
			h.String(fmt.Sprint(exe, fi.Size(), fi.ModTime().UnixNano()))
		}
	}
	hashSettings(h, factAnalyzers(analyzers))
	return h.Key()
}

// hashSettings adds the analyzers' names and settings to h: their flags,
// and the contents of a catalog file.
func hashSettings(h *factcache.Hasher, analyzers []*analysis.Analyzer) {
	for _, a := range analyzers {
		h.String(a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { h.String(f.Name + "=" + f.Value.String()) })
		if s := check.SettingsOf(a); s != nil {
			b, _ := json.Marshal(s)
			h.String(string(b))
			if s.CatalogFile != "" && !h.File(s.CatalogFile) {
				h.String("unreadable catalog")
			}
		}
	}
}

// keyer computes the keys of packages for the cache (results and facts): a
// package is its ID, its export data's name, which the go command makes a
// hash of the data and so of the build ID it holds, a hash of the package's
// files; and its imports' keys. A dependency's export data changes with its
// files, but a package importing it changes only with what the dependency
// compiles to, not with its comments, which a check may read: hence the
// imports' keys. A package without export data (it did not compile) is its
// files.
type keyer struct {
	memo map[*packages.Package]keyOf
}

type keyOf struct {
	k  factcache.Key
	ok bool
}

func (k *keyer) of(p *packages.Package) (factcache.Key, bool) {
	if r, ok := k.memo[p]; ok {
		return r.k, r.ok
	}
	h := factcache.NewHasher()
	r := keyOf{ok: true}
	h.String(p.ID)
	if p.ExportFile != "" {
		h.String("export " + filepath.Base(p.ExportFile))
	} else {
		for _, name := range p.CompiledGoFiles {
			r.ok = r.ok && h.File(name)
		}
	}
	for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
		ik, ok := k.of(p.Imports[path])
		r.ok = r.ok && ok
		h.String(path + " " + ik.String())
	}
	r.k = h.Key()
	k.memo[p] = r
	return r.k, r.ok
}

// goEnv is what load needs of the go command's environment.
type goEnvVars struct{ GOARCH, GOROOT, GOVERSION string }

func goEnv(dir string) (goEnvVars, error) {
	var env goEnvVars
	cmd := exec.Command("go", "env", "-json", "GOARCH", "GOROOT", "GOVERSION")
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

// TypeCheck type-checks the graph of roots, listed by go/packages without
// types: the packages source says from source, every other from its export
// data (ExportFile). Every package of the graph gets Types, Fset, TypesSizes
// and TypesInfo; those from source also Syntax; errors are the packages'
// Errors. internal/checktest loads the checks' test packages with it.
func TypeCheck(roots []*packages.Package, sizes types.Sizes, source func(*packages.Package) bool) {
	l := newLoader(roots, sizes)
	for _, p := range l.all {
		l.source[p] = source(p)
	}
	l.run(roots)
}

// newLoader prepares the graph of roots to be type-checked: a package for
// each, none from source yet.
func newLoader(roots []*packages.Package, sizes types.Sizes) *loader {
	l := &loader{
		fset:        token.NewFileSet(),
		sizes:       sizes,
		source:      map[*packages.Package]bool{},
		sourceBelow: map[*packages.Package]bool{},
		done:        map[*packages.Package]*sync.Once{},
		parsed:      map[string]*parsed{},
		cpu:         make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	for p := range packages.Postorder(roots) {
		l.all = append(l.all, p)
		l.done[p] = new(sync.Once)
		p.Fset, p.TypesSizes = l.fset, l.sizes
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
	}
	return l
}

// run loads the roots, each package after what it imports, once the
// packages to load from source are known.
func (l *loader) run(roots []*packages.Package) {
	for _, p := range l.all { // a postorder
		for _, imp := range p.Imports {
			l.sourceBelow[p] = l.sourceBelow[p] || l.source[imp] || l.sourceBelow[imp]
		}
	}
	var wg sync.WaitGroup
	for _, p := range roots {
		wg.Go(func() { l.load(p) })
	}
	wg.Wait()
	for _, p := range l.all {
		if p.TypesInfo == nil {
			// A dependency the checks only see through its types: analyzers
			// with facts run on it as on a package without files.
			p.TypesInfo = &types.Info{}
		}
	}
}

type loader struct {
	all    []*packages.Package // the graph, a postorder
	fset   *token.FileSet
	sizes  types.Sizes
	source map[*packages.Package]bool // type-checked from source; the others from export data
	// sourceBelow: some package p depends on is type-checked from source. It
	// must be, before p's export data is read: the reader fills in the
	// packages it mentions, and type-checking one already filled in would
	// declare its objects twice.
	sourceBelow map[*packages.Package]bool
	done        map[*packages.Package]*sync.Once

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
		var wg sync.WaitGroup
		for _, imp := range p.Imports {
			if l.source[p] || l.source[imp] || l.sourceBelow[imp] {
				wg.Go(func() { l.load(imp) })
			}
		}
		wg.Wait()
		if !l.source[p] {
			l.loadExport(p)
			return
		}
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
	//lint:ignore SA1019 go list -export still names archive files (Go 1.26), which only NewReader opens; go/packages reads them the same way.
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
