package cbcstatus

import (
	"bytes"
	"go/ast"
	"go/build"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Which packages cbcstatus must see from source (CONTRACTS C2). A dependency is
// relevant — analysed from source, it may export summaries — iff it is neither
// the standard library nor a modelled library, and it imports a library that
// sends CBC requests or declares CBC replies, mentions error_code in a Go file,
// or imports a relevant package. Any other function is pass-through: it never
// sends a request nor examines an error, so a driver may load its package from
// export data and the analyzer may skip it.

// modelledPrefixes are the libraries cbcstatus has models of; it never needs
// their bodies.
var modelledPrefixes = []string{
	"github.com/huaweicloud/huaweicloud-sdk-go-v3",
	"github.com/chnsz/golangsdk",
	"github.com/go-resty/resty/v2",
	"github.com/hashicorp/go-retryablehttp",
}

// IsModelled reports whether the package at path belongs to a library
// cbcstatus has models of: the Huawei SDK, golangsdk, resty, retryablehttp.
func IsModelled(path string) bool {
	for _, p := range modelledPrefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// IsCBCTransport reports whether importing the package at path makes a package
// relevant by itself: net/http or a modelled library (it may send a CBC request
// or hold a CBC reply), or one of the response-packages (responsePackage may be
// nil for none).
func IsCBCTransport(path string, responsePackage func(string) bool) bool {
	return path == "net/http" || IsModelled(path) || responsePackage != nil && responsePackage(path)
}

// errorCodeText is what a package's Go files are scanned for, case-insensitively.
const errorCodeText = "error_code"

// MentionsErrorCode reports whether src contains error_code in any case.
func MentionsErrorCode(src []byte) bool {
	return bytes.Contains(bytes.ToLower(src), []byte(errorCodeText))
}

// Listed is what the relevance of a package needs from `go list -deps -json`.
type Listed struct {
	ImportPath string
	Standard   bool
	Dir        string
	GoFiles    []string // names in Dir, as go list gives them
	CgoFiles   []string
	Imports    []string // resolved import paths
}

// RelevantPackages returns the relevant packages among pkgs, by import path.
// Imports outside pkgs count as irrelevant; go list -deps lists them all. A Go
// file that cannot be read counts as mentioning error_code (the analysis must
// not lose a helper to a read error).
func RelevantPackages(pkgs []*Listed, responsePackage func(string) bool) map[string]bool {
	byPath := make(map[string]*Listed, len(pkgs))
	for _, p := range pkgs {
		byPath[p.ImportPath] = p
	}
	memo := map[string]bool{}
	var relevant func(p *Listed) bool
	relevant = func(p *Listed) bool {
		if r, ok := memo[p.ImportPath]; ok {
			return r
		}
		memo[p.ImportPath] = false // an import cycle (impossible in Go) ends here
		r := !p.Standard && !IsModelled(p.ImportPath) && (importsRelevant(p.Imports, responsePackage, func(path string) bool {
			dep := byPath[path]
			return dep != nil && relevant(dep)
		}) || filesMentionErrorCode(p))
		memo[p.ImportPath] = r
		return r
	}
	out := map[string]bool{}
	for _, p := range pkgs {
		if relevant(p) {
			out[p.ImportPath] = true
		}
	}
	return out
}

// importsRelevant reports whether one of imports is a CBC transport or, by
// relevantDep, a relevant package.
func importsRelevant(imports []string, responsePackage func(string) bool, relevantDep func(string) bool) bool {
	for _, path := range imports {
		if IsCBCTransport(path, responsePackage) || relevantDep(path) {
			return true
		}
	}
	return false
}

// filesMentionErrorCode reports whether a Go file of p mentions error_code.
func filesMentionErrorCode(p *Listed) bool {
	for _, names := range [][]string{p.GoFiles, p.CgoFiles} {
		for _, name := range names {
			src, err := os.ReadFile(filepath.Join(p.Dir, name))
			if err != nil || MentionsErrorCode(src) {
				return true
			}
		}
	}
	return false
}

// relevant is the package fact the analyzer exports on a relevant package, so
// that a package importing it is relevant too. Analysed says whether cbcstatus
// computed the summaries of its functions (a package no reply can come into
// is not: its functions pass what they are handed through, as the standard
// library's do).
type relevant struct{ Analysed bool }

func (*relevant) AFact() {}

func (r *relevant) String() string {
	if r.Analysed {
		return "relevant, analysed"
	}
	return "relevant"
}

// PassRelevant reports whether the package of pass is relevant, from its
// files, its imports and their relevant facts; the analyzer must declare
// relevant among its FactTypes and export it when this returns true. It agrees
// with RelevantPackages: every occurrence of error_code in a Go file lies in
// one token (a comment, a literal or a name), which the scan of the syntax
// sees.
func PassRelevant(pass *analysis.Pass, responsePackage func(string) bool) bool {
	path := pass.Pkg.Path()
	if inGOROOT(pass) || IsModelled(path) {
		return false
	}
	var imports []string
	for _, imp := range pass.Pkg.Imports() {
		imports = append(imports, imp.Path())
	}
	if importsRelevant(imports, responsePackage, func(string) bool { return false }) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(relevant)) {
			return true
		}
	}
	for _, f := range pass.Files {
		if syntaxMentionsErrorCode(f) {
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

// syntaxMentionsErrorCode reports whether a comment, literal or name of f
// contains error_code in any case.
func syntaxMentionsErrorCode(f *ast.File) bool {
	mentions := func(s string) bool { return strings.Contains(strings.ToLower(s), errorCodeText) }
	for _, g := range f.Comments {
		for _, c := range g.List {
			if mentions(c.Text) {
				return true
			}
		}
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			found = found || mentions(n.Value)
		case *ast.Ident:
			found = found || mentions(n.Name)
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
