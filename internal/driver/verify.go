package driver

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// verifier checks that fixes keep the code compiling: it type-checks, with the
// fixes applied, the packages they edit and the analysed packages that depend
// on those (a fixed constant can make a duplicate case in another package), in
// dependency order, each against the new types of the others.
type verifier struct {
	order []*packages.Package // the analysed packages and their dependencies, dependencies first
	files *fileCache
	base  map[*packages.Package]error // each package type-checked as it is
	added *addedImports
}

func newVerifier(roots []*packages.Package, files *fileCache) *verifier {
	v := &verifier{files: files, base: map[*packages.Package]error{}}
	for p := range packages.Postorder(roots) {
		v.order = append(v.order, p)
	}
	v.added = newAddedImports(v.order)
	return v
}

// dropUncompilable drops the applied fixes that keep a package from
// type-checking: those that do on their own; else, when fixes do together
// (two codes fixed into the same case), the first fix that does with the ones
// before it and those it conflicts with, or, if it takes more than two, all of
// them. A fix that reaches a package cbclint cannot type-check even as it is,
// is dropped too. It reports whether it dropped any.
func (v *verifier) dropUncompilable(fixes []*fixFor) bool {
	var active []*fixFor
	for _, fx := range fixes {
		if fx.why == "" {
			active = append(active, fx)
		}
	}
	broken, err := v.check(active)
	if err == nil {
		return false
	}
	var suspects []*fixFor // the fixes that reach broken
	for _, fx := range active {
		if slices.Contains(v.affected([]*fixFor{fx}), broken) {
			suspects = append(suspects, fx)
		}
	}
	if v.baseline(broken) != nil {
		return v.dropTogether(suspects, broken, err)
	}
	alone := false
	for _, fx := range suspects {
		if p, err := v.check([]*fixFor{fx}); err != nil {
			fx.why = v.reason(p, "with its fix", err)
			alone = true
		}
	}
	if alone {
		return true
	}
	var compiles []*fixFor // the suspects before fx, which type-check together
	for _, fx := range suspects {
		if _, err := v.check(append(slices.Clone(compiles), fx)); err == nil {
			compiles = append(compiles, fx)
			continue
		}
		conflict := false
		for _, c := range compiles {
			if p, err := v.check([]*fixFor{c, fx}); err != nil {
				c.why = v.reason(p, fmt.Sprintf("with the fix of %s (%s) too", fx.f.posn, fx.f.check()), err)
				fx.why = v.reason(p, fmt.Sprintf("with the fix of %s (%s) too", c.f.posn, c.f.check()), err)
				conflict = true
			}
		}
		if conflict {
			return true
		}
		return v.dropTogether(append(compiles, fx), broken, err) // it takes more than two
	}
	return v.dropTogether(suspects, broken, err) // not reached: the suspects do not compile together
}

// dropTogether drops fixes with which, together, broken does not type-check.
func (v *verifier) dropTogether(fixes []*fixFor, broken *packages.Package, err error) bool {
	for _, fx := range fixes {
		fx.why = v.reason(broken, "with the fixes to it together", err)
	}
	return true
}

// reason says why fixes are dropped: with them, p fails to type-check with
// err, or cbclint cannot type-check p even without them.
func (v *verifier) reason(p *packages.Package, with string, err error) string {
	if base := v.baseline(p); base != nil {
		return fmt.Sprintf("cbclint cannot check that %s still compiles with the fix (%v)", p.PkgPath, base)
	}
	return fmt.Sprintf("%s, %s would not compile: %v", with, p.PkgPath, err)
}

// affected returns the packages that fixes edit and those that depend on
// them, dependencies first.
func (v *verifier) affected(fixes []*fixFor) []*packages.Package {
	edited := activeEdits(fixes, true)
	hit := map[*packages.Package]bool{}
	var out []*packages.Package
	for _, p := range v.order { // dependencies come first
		hit[p] = slices.ContainsFunc(p.CompiledGoFiles, func(name string) bool { return len(edited[name]) > 0 })
		for _, imp := range p.Imports {
			hit[p] = hit[p] || hit[imp]
		}
		if hit[p] {
			out = append(out, p)
		}
	}
	return out
}

// check type-checks the packages fixes affect, with the fixes applied, and
// returns the first that does not type-check and its first error.
func (v *verifier) check(fixes []*fixFor) (*packages.Package, error) {
	edits := activeEdits(fixes, true)
	fixed := map[*packages.Package]*types.Package{}
	for _, p := range v.affected(fixes) {
		t, err := typeCheck(p, v.files, edits, fixed, v.added)
		if err != nil {
			return p, err
		}
		fixed[p] = t
	}
	return nil, nil
}

// baseline type-checks p as it is, once, and returns the error: only to tell
// a package that the fixes break from one cbclint cannot check at all.
func (v *verifier) baseline(p *packages.Package) error {
	err, ok := v.base[p]
	if !ok {
		_, err = typeCheck(p, v.files, nil, nil, v.added)
		v.base[p] = err
	}
	return err
}

// typeCheck parses and type-checks the files p was compiled from, with edits
// applied, against the types of its imports: those in fixed, type-checked with
// the fixes, or else the ones loaded; a package that a fix newly imports
// (fmt, for an error built from a response) comes from added.
func typeCheck(p *packages.Package, files *fileCache, edits map[string][]edit, fixed map[*packages.Package]*types.Package, added *addedImports) (*types.Package, error) {
	if p.Types == nil || len(p.CompiledGoFiles) == 0 {
		return nil, fmt.Errorf("%s was not loaded from source", p.PkgPath)
	}
	fset := token.NewFileSet()
	var syntax []*ast.File
	for _, name := range p.CompiledGoFiles {
		src, err := files.read(name)
		if err != nil {
			return nil, err
		}
		if es := edits[name]; len(es) > 0 {
			src = apply(src, slices.Clone(es))
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		syntax = append(syntax, f)
	}
	var first error
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if t := fixed[imp]; t != nil {
				return t, nil
			}
			if imp != nil && imp.Types != nil {
				return imp.Types, nil
			}
			if imp == nil && added != nil {
				return added.load(p, path)
			}
			return nil, fmt.Errorf("no package %q among the imports", path)
		}),
		Sizes: types.SizesFor("gc", runtime.GOARCH),
		Error: func(err error) { first = cmp.Or(first, err) },
	}
	t, _ := conf.Check(p.PkgPath, fset, syntax, nil)
	return t, first
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// addedImports gives the types of packages that a fix imports and the package
// it edits did not: read from the compiler's export data, as load reads the
// dependencies it does not need from source, with go list run in the
// package's directory (its module decides the version). They share the
// graph's packages, so that fmt.Stringer and the graph's io.Writer are one.
type addedImports struct {
	fset  *token.FileSet
	view  map[string]*types.Package // by path: the graph's packages, then those read here
	types map[string]*types.Package
	errs  map[string]error
}

func newAddedImports(order []*packages.Package) *addedImports {
	a := &addedImports{fset: token.NewFileSet(), view: map[string]*types.Package{}, types: map[string]*types.Package{}, errs: map[string]error{}}
	for _, p := range order {
		// A test variant has the path of the package it tests; the package comes first.
		if p.Types != nil && (a.view[p.PkgPath] == nil || p.ID == p.PkgPath) {
			a.view[p.PkgPath] = p.Types
		}
	}
	return a
}

// load returns the types of the package path that p's fixed files import.
func (a *addedImports) load(p *packages.Package, path string) (*types.Package, error) {
	if t, ok := a.types[path]; ok {
		return t, a.errs[path]
	}
	t, err := a.read(p, path)
	a.types[path], a.errs[path] = t, err
	return t, err
}

func (a *addedImports) read(p *packages.Package, path string) (*types.Package, error) {
	if t := a.view[path]; t != nil && t.Complete() {
		return t, nil
	}
	dir := ""
	if files := append(slices.Clone(p.GoFiles), p.CompiledGoFiles...); len(files) > 0 {
		dir = filepath.Dir(files[0])
	}
	listed, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedExportFile, Dir: dir}, path)
	if err != nil {
		return nil, fmt.Errorf("could not import %s: %v", path, err)
	}
	if len(listed) != 1 || len(listed[0].Errors) > 0 || listed[0].ExportFile == "" {
		msg := "no export data"
		if len(listed) == 1 && len(listed[0].Errors) > 0 {
			msg = listed[0].Errors[0].Msg
		}
		return nil, fmt.Errorf("could not import %s (%s)", path, msg)
	}
	f, err := os.Open(listed[0].ExportFile)
	if err != nil {
		return nil, fmt.Errorf("could not import %s: %v", path, err)
	}
	defer f.Close()
	//lint:ignore SA1019 go list -export still names archive files (Go 1.26), which only NewReader opens; go/packages reads them the same way.
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("could not import %s: %v", path, err)
	}
	t, err := gcexportdata.Read(r, a.fset, a.view, path)
	if err != nil {
		return nil, fmt.Errorf("could not import %s: %v", path, err)
	}
	return t, nil
}
