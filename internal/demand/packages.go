package demand

import (
	"go/ast"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/internal/check"
)

// Packages returns the demanded packages of an import graph, by ID: the
// check's Spec.SourceDeps. It keeps the answer for the passes (demanded).
func Packages(m Model, pkgs []*check.Listed) map[string]bool {
	d := demand(pkgs, &m, readMentions(pkgs, m.texts()))
	for _, p := range pkgs {
		if p.Types != nil {
			demandOf.Store(p.Types, d[p.ID])
		}
	}
	return d
}

// demandOf is what the standalone driver said of each package it loads
// (Packages): demanded or not. A package it did not list (go vet, golangci,
// analysistest) is demanded.
var demandOf sync.Map // *types.Package → bool

func demanded(pkg *types.Package) bool {
	d, ok := demandOf.Load(pkg)
	return !ok || d.(bool)
}

// textMentions says what a package's files mention.
type textMentions struct{ errorCode, cbc bool }

// readMentions reads the files of every package that is neither the standard
// library's nor a modelled library's, in parallel. A Go file that cannot be
// read mentions everything (the analysis must not lose a helper to a read
// error).
func readMentions(pkgs []*check.Listed, texts []needle) map[string]textMentions {
	out := make([]textMentions, len(pkgs))
	var wg sync.WaitGroup
	running := make(chan bool, runtime.GOMAXPROCS(0))
	for i, p := range pkgs {
		if p.Standard || IsModelled(pathOf(p)) {
			continue
		}
		running <- true
		wg.Go(func() {
			for _, name := range p.Files {
				src, err := os.ReadFile(name)
				out[i].errorCode = out[i].errorCode || err != nil || containsFold(src, errorCodeText)
				out[i].cbc = out[i].cbc || err != nil || mentions(src, texts...)
				if out[i].errorCode && out[i].cbc {
					break
				}
			}
			<-running
		})
	}
	wg.Wait()
	m := make(map[string]textMentions, len(pkgs))
	for i, p := range pkgs {
		m[p.ID] = out[i]
	}
	return m
}

// pathOf is the import path of p.
func pathOf(p *check.Listed) string {
	if p.Types != nil {
		return p.Types.Path()
	}
	path, _, _ := strings.Cut(p.ID, " ")
	return path
}

// demand returns the IDs of the demanded packages of pkgs, given what their
// files mention. Imports outside pkgs count as irrelevant: go list -deps
// lists them all.
func demand(pkgs []*check.Listed, m *Model, texts map[string]textMentions) map[string]bool {
	byID := make(map[string]*check.Listed, len(pkgs))
	for _, p := range pkgs {
		byID[p.ID] = p
	}
	relevant := map[string]bool{}
	mentions := map[string]bool{}
	// Postorder: imports first.
	done := map[string]bool{}
	var order []*check.Listed
	var visit func(p *check.Listed)
	visit = func(p *check.Listed) {
		if done[p.ID] {
			return
		}
		done[p.ID] = true
		for _, id := range p.Imports {
			if dep := byID[id]; dep != nil {
				visit(dep)
			}
		}
		order = append(order, p)
	}
	for _, p := range pkgs {
		visit(p)
	}
	speaks := map[string]bool{} // itself: it imports an HTTP stack (not the SDK's models: types) or mentions error_code
	weak := map[string]bool{}   // it imports the SDK's bss models, no client
	for _, p := range order {
		if p.Standard || IsModelled(pathOf(p)) {
			continue
		}
		t := texts[p.ID]
		rel, men, sp := t.errorCode, t.cbc || m.client(pathOf(p)) && !isSDKModel(pathOf(p)), t.errorCode
		for _, id := range p.Imports {
			path := id
			if dep := byID[id]; dep != nil {
				path = pathOf(dep)
				rel = rel || relevant[id]
				men = men || mentions[id] && !relevant[id]
			}
			rel = rel || m.transport(path)
			sp = sp || m.transport(path) && !strings.HasSuffix(path, "/model")
			if isSDKModel(path) {
				weak[p.ID] = true
			} else {
				men = men || m.client(path)
			}
		}
		relevant[p.ID], mentions[p.ID], speaks[p.ID] = rel, men, sp
	}
	out := map[string]bool{}
	// Down from the packages that mention CBC: what they may hand a CBC URL
	// or reply to, through packages that speak HTTP themselves (a package of
	// types that imports every cloud's SDK passes no URL on).
	var down func(id string, through bool)
	down = func(id string, through bool) {
		if out[id] || !relevant[id] {
			return
		}
		out[id] = true
		if through || speaks[id] {
			for _, imp := range byID[id].Imports {
				down(imp, false)
			}
		}
	}
	for _, p := range order {
		if mentions[p.ID] {
			down(p.ID, true)
		} else if weak[p.ID] && relevant[p.ID] {
			out[p.ID] = true // it may examine a reply it is handed
		}
	}
	// Up: what imports a package that mentions CBC, directly or not, may be
	// returned a reply. (Order is a postorder: importers come after their
	// imports.)
	up := map[string]bool{}
	for _, p := range order {
		if !relevant[p.ID] {
			continue
		}
		for _, id := range p.Imports {
			if mentions[id] && relevant[id] || up[id] {
				up[p.ID] = true
				out[p.ID] = true
				break
			}
		}
	}
	return out
}

// Relevant is the package fact the analyzer exports on a relevant package, so
// that a package importing it is relevant too. Analysed says whether cbcstatus
// computed the summaries of its functions (a package no reply can come into
// is not: its functions pass what they are handed through, as the standard
// library's do).
type Relevant struct{ Analysed bool }

func (*Relevant) AFact() {}

func (r *Relevant) String() string {
	if r.Analysed {
		return "relevant, analysed"
	}
	return "relevant"
}

// PassRelevant reports whether the package of pass is relevant, from its
// files, its imports and their Relevant facts; the analyzer must declare
// Relevant among its FactTypes and export it when this returns true. It
// agrees with Packages: every occurrence of error_code in a Go file lies in
// one token (a comment, a literal or a name), which the scan of the syntax
// sees.
func PassRelevant(pass *analysis.Pass, m Model) bool {
	if inGOROOT(pass) || IsModelled(pass.Pkg.Path()) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if m.transport(imp.Path()) || pass.ImportPackageFact(imp, new(Relevant)) {
			return true
		}
	}
	for _, f := range pass.Files {
		if syntaxMentions(f, errorCodeText) {
			return true
		}
	}
	return false
}

// IsStandardPath reports whether path, of a package analysed in module m
// (nil or empty outside one), is the standard library's: no dot in its first
// element and not in m. (A driver with go list data uses its Standard field.)
func IsStandardPath(path string, m *analysis.Module) bool {
	if m != nil && m.Path != "" && m.Path != "std" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// syntaxMentions reports whether a comment, literal or name of f contains
// one of texts in any case.
func syntaxMentions(f *ast.File, texts ...needle) bool {
	for _, g := range f.Comments {
		for _, c := range g.List {
			if mentions(c.Text, texts...) {
				return true
			}
		}
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			found = found || mentions(n.Value, texts...)
		case *ast.Ident:
			found = found || mentions(n.Name, texts...)
		}
		return !found
	})
	return found
}

// inGOROOT reports whether the package of pass is the standard library's:
// its files are in GOROOT. (Its path cannot tell: a test package's path, or
// a module's, may have no dot.)
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return IsStandardPath(pass.Pkg.Path(), pass.Module)
	}
	name := filepath.ToSlash(pass.Fset.File(pass.Files[0].Pos()).Name())
	root := filepath.ToSlash(filepath.Join(build.Default.GOROOT, "src")) + "/"
	return strings.HasPrefix(name, root)
}
