package cbcstatus

import (
	"bytes"
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
	"github.com/cbclint/cbclint/internal/config"
)

// Which packages cbcstatus must see from source, and which it builds in SSA
// form: one rule, on go list's data in a driver (sourceDeps) and on the pass
// in the analyzer (bodiesToBuild, build.go, per function).
//
// A package speaks HTTP (is relevant) iff it is neither the standard library
// nor a modelled library, and it imports a library that sends requests or
// declares CBC replies, mentions error_code, or imports a relevant package.
// Any other function is pass-through: it never sends a request nor examines
// an error, so a driver may load its package from export data and the
// analyzer may skip it.
//
// A package mentions CBC iff it is or imports a CBC client package (the SDK's
// bss packages, golangsdk's bss/ packages, a response-package), its files
// contain the text of a CBC host (myhuaweicloud: hosts are built from a
// service name, "https://%s.myhuaweicloud.com", and the endpoints setting's),
// or it imports a package that mentions CBC without speaking HTTP (a package
// of constants). error_code alone is no mention: other clouds' SDKs decode
// fields of that name, and a package that examines one only meets a CBC reply
// if a package that mentions CBC hands it one.
//
// Only a relevant package that mentions CBC, that a package mentioning CBC
// reaches through imports of packages that speak HTTP themselves (it may be
// handed a CBC URL or reply), or that imports one (it may be returned a
// reply) can meet a CBC reply: it is demanded, and so is a relevant package
// that imports the SDK's bss models (it may examine a reply handed to it).
// Another cloud's SDK speaks HTTP, but no package mentioning CBC calls it: it
// stays export data and gets no SSA form. (A package that only forwards a URL
// to another's HTTP helper, importing no HTTP stack and mentioning no
// error_code itself, stops the descent: its helper is seen as pass-through.)

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

// isTransport reports whether importing the package at path makes a package
// relevant by itself: net/http or a modelled library (it may send a CBC request
// or hold a CBC reply), or one of the response-packages.
func isTransport(path string, r *config.Resolved) bool {
	return path == "net/http" || IsModelled(path) || r.MatchResponsePackage(path)
}

// isCBCClient reports whether importing the package at path mentions CBC.
func isCBCClient(path string, r *config.Resolved) bool {
	return isSDKPackage(path) || r.MatchResponsePackage(path)
}

// isSDKModel reports whether the package at path is one of the SDK's bss
// model packages: types, which platforms import into their own API types
// beside every other cloud's.
func isSDKModel(path string) bool {
	return strings.HasSuffix(path, "/services/bss/v2/model") || strings.HasSuffix(path, "/services/bssintl/v2/model")
}

// errorCodeText is what a package's Go files are scanned for, case-insensitively.
const errorCodeText = "error_code"

// hostText is in every Huawei Cloud host, CBC's among them.
const hostText = "myhuaweicloud"

// MentionsErrorCode reports whether src contains error_code in any case.
func MentionsErrorCode(src []byte) bool {
	return containsFold(src, errorCodeText)
}

// containsFold reports whether src contains the lower-case ASCII text t in
// any case, without copying src: it looks for t's rarest byte, then compares
// around it.
func containsFold(src []byte, t string) bool {
	k := anchor(t)
	c := t[k]
	upper := c
	if 'a' <= c && c <= 'z' {
		upper = c - 'a' + 'A'
	}
	for i := k; i < len(src)-(len(t)-1-k); {
		var j int
		if upper == c {
			j = bytes.IndexByte(src[i:], c)
		} else {
			j = bytes.IndexAny(src[i:], string([]byte{c, upper}))
		}
		if j < 0 {
			return false
		}
		i += j
		if i-k >= 0 && i-k+len(t) <= len(src) && bytes.EqualFold(src[i-k:i-k+len(t)], []byte(t)) {
			return true
		}
		i++
	}
	return false
}

// containsFoldString is containsFold of a string: the text of a name, a
// literal or a comment.
func containsFoldString(s, t string) bool {
	k := anchor(t)
	c := t[k]
	upper := c
	if 'a' <= c && c <= 'z' {
		upper = c - 'a' + 'A'
	}
	for i := k; i < len(s)-(len(t)-1-k); {
		j := strings.IndexByte(s[i:], c)
		if upper != c {
			if u := strings.IndexByte(s[i:], upper); u >= 0 && (j < 0 || u < j) {
				j = u
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if i-k >= 0 && i-k+len(t) <= len(s) && strings.EqualFold(s[i-k:i-k+len(t)], t) {
			return true
		}
		i++
	}
	return false
}

// anchor returns the index in t of the byte containsFold looks for: one
// without case if there is one, else the rarest letter in Go source.
func anchor(t string) int {
	if i := strings.IndexFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		return i
	}
	best, rank := 0, len(rareLetters)
	for i := range len(t) {
		if r := strings.IndexByte(rareLetters, t[i]); r >= 0 && r < rank {
			best, rank = i, r
		}
	}
	return best
}

// rareLetters are letters from the rarest in Go source on.
const rareLetters = "zqjxkvwybhgfmpdulcsnoitrae"

// cbcTexts are the texts whose presence in a file mentions CBC besides
// error_code: the hosts' common part and the endpoints setting's hosts.
func cbcTexts(r *config.Resolved) []string {
	texts := []string{hostText}
	for _, p := range r.Endpoints {
		texts = append(texts, strings.ToLower(strings.TrimPrefix(p, "*")))
	}
	return texts
}

// textMentions says what a file's text mentions.
type textMentions struct{ errorCode, cbc bool }

func scanText(src []byte, texts []string) textMentions {
	m := textMentions{errorCode: MentionsErrorCode(src)}
	for _, t := range texts {
		m.cbc = m.cbc || containsFold(src, t)
	}
	return m
}

// sourceDeps is the check's Spec.SourceDeps: the demanded packages of the
// graph, which it also keeps for the passes (demanded).
func sourceDeps(r *config.Resolved, pkgs []*check.Listed) map[string]bool {
	d := demand(pkgs, r, readMentions(pkgs, r))
	for _, p := range pkgs {
		if p.Types != nil {
			demandOf.Store(p.Types, d[p.ID])
		}
	}
	return d
}

// demandOf is what the standalone driver said of each package it loads
// (sourceDeps): demanded or not. A package it did not list (go vet, golangci,
// analysistest) is demanded.
var demandOf sync.Map // *types.Package → bool

func demanded(pkg *types.Package) bool {
	d, ok := demandOf.Load(pkg)
	return !ok || d.(bool)
}

// readMentions reads the files of every package that is neither the standard
// library's nor a modelled library's, in parallel. A Go file that cannot be
// read mentions everything (the analysis must not lose a helper to a read
// error).
func readMentions(pkgs []*check.Listed, r *config.Resolved) map[string]textMentions {
	texts := cbcTexts(r)
	out := make([]textMentions, len(pkgs))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				for _, name := range pkgs[i].Files {
					src, err := os.ReadFile(name)
					m := scanText(src, texts)
					if err != nil {
						m = textMentions{true, true}
					}
					out[i].errorCode = out[i].errorCode || m.errorCode
					out[i].cbc = out[i].cbc || m.cbc
					if out[i].errorCode && out[i].cbc {
						break
					}
				}
			}
		})
	}
	for i, p := range pkgs {
		if !p.Standard && !IsModelled(pathOf(p)) {
			work <- i
		}
	}
	close(work)
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
func demand(pkgs []*check.Listed, r *config.Resolved, texts map[string]textMentions) map[string]bool {
	byID := make(map[string]*check.Listed, len(pkgs))
	for _, p := range pkgs {
		byID[p.ID] = p
	}
	ignored := func(p *check.Listed) bool { return p.Standard || IsModelled(pathOf(p)) }
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
		if ignored(p) {
			continue
		}
		t := texts[p.ID]
		rel, men, sp := t.errorCode, t.cbc || isCBCClient(pathOf(p), r) && !isSDKModel(pathOf(p)), t.errorCode
		for _, id := range p.Imports {
			path := id
			if dep := byID[id]; dep != nil {
				path = pathOf(dep)
				rel = rel || relevant[id]
				men = men || mentions[id] && !relevant[id]
			}
			rel = rel || isTransport(path, r)
			sp = sp || isTransport(path, r) && !strings.HasSuffix(path, "/model")
			if isSDKModel(path) {
				weak[p.ID] = true
			} else {
				men = men || isCBCClient(path, r)
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
// with demand's: every occurrence of error_code in a Go file lies in one token
// (a comment, a literal or a name), which the scan of the syntax sees.
func PassRelevant(pass *analysis.Pass, responsePackage func(string) bool) bool {
	path := pass.Pkg.Path()
	if inGOROOT(pass) || IsModelled(path) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "net/http" || IsModelled(imp.Path()) || responsePackage(imp.Path()) {
			return true
		}
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
	return syntaxMentions(f, []string{errorCodeText})
}

// syntaxMentions reports whether a comment, literal or name of f contains
// one of texts (lower case) in any case.
func syntaxMentions(f *ast.File, texts []string) bool {
	mentions := func(s string) bool {
		for _, t := range texts {
			if len(s) >= len(t) && containsFoldString(s, t) {
				return true
			}
		}
		return false
	}
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
