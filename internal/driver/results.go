package driver

import (
	"bytes"
	"encoding/gob"
	"errors"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/factcache"
)

// The results cache keeps, beside the facts, what the checks found in each
// root package: its diagnostics after suppression, with their positions as a
// file and an offset. A root whose key (its build and its dependencies' keys:
// the fact cache's key, keyer) and salt (the toolchain, cbclint's executable, every
// analyzer's settings and catalog) an earlier run analysed is loaded and
// type-checked as any root, but not analysed: replay analyzers report what
// the cache holds, so the output, -fix and its verification work on the same
// diagnostics as after an analysis. When every root is found, no dependency
// is loaded from source either: nothing needs its facts. Go vet and
// golangci-lint cache their results per package in the same way.

// ResultsEnvVar set to "off" turns the results cache off and keeps the fact
// cache: every root is analysed, with its dependencies' facts from the cache
// (to measure, or to rule the results cache out).
const ResultsEnvVar = "CBCLINT_CACHE_RESULTS"

// results is one run's use of the results cache.
type results struct {
	cache     *factcache.Cache
	salt      factcache.Key
	analyzers []*analysis.Analyzer // those whose diagnostics an entry holds

	found map[*packages.Package]*stored       // roots whose results the cache holds
	keep  map[*packages.Package]factcache.Key // roots to analyse, and their keys
	// Analysed counts the root actions that ran the analyzers (for tests);
	// Written, the entries written.
	Analysed, Written int
}

// stored is an entry: the diagnostics of each analyzer on the package.
type stored struct {
	Analyzers []storedAnalyzer
}

type storedAnalyzer struct {
	Name  string
	Diags []storedDiag
}

type storedDiag struct {
	Pos, End               storedPos
	Category, Message, URL string
	Fixes                  []storedFix
	Related                []storedRelated
}

// storedPos is a position as a file of the package and an offset in it.
type storedPos struct {
	File   string // "" for token.NoPos
	Offset int
}

type storedFix struct {
	Message string
	Edits   []storedEdit
}

type storedEdit struct {
	Pos, End storedPos
	NewText  []byte
}

type storedRelated struct {
	Pos, End storedPos
	Message  string
}

// resultsSalt is what every results entry depends on beside its package:
// the fact cache's salt for every analyzer, not only those that use facts.
func resultsSalt(env goEnvVars, analyzers []*analysis.Analyzer) factcache.Key {
	h := factcache.NewHasher()
	h.String("results 1")
	h.String(cacheSalt(env, nil).String())
	hashSettings(h, analyzers)
	return h.Key()
}

func newResults(cache *factcache.Cache, salt factcache.Key, analyzers []*analysis.Analyzer) *results {
	return &results{cache: cache, salt: salt, analyzers: analyzers,
		found: map[*packages.Package]*stored{}, keep: map[*packages.Package]factcache.Key{}}
}

func (r *results) entryKey(k factcache.Key) factcache.Key {
	h := factcache.NewHasher()
	h.String("results of")
	h.String(r.salt.String())
	h.String(k.String())
	return h.Key()
}

// lookup reads the entry of the root p of key k; a root without a whole,
// readable entry is to be analysed.
func (r *results) lookup(p *packages.Package, k factcache.Key) {
	if data, ok := r.cache.Get(r.entryKey(k)); ok {
		var s stored
		if gob.NewDecoder(bytes.NewReader(data)).Decode(&s) == nil && r.complete(&s) {
			r.found[p] = &s
			return
		}
	}
	r.keep[p] = k
}

// complete reports whether s holds the results of every analyzer.
func (r *results) complete(s *stored) bool {
	if len(s.Analyzers) != len(r.analyzers) {
		return false
	}
	for i, a := range r.analyzers {
		if s.Analyzers[i].Name != a.Name {
			return false
		}
	}
	return true
}

// allFound reports whether the cache holds the results of every root.
func (r *results) allFound() bool { return r != nil && len(r.keep) == 0 }

// analyze runs run on the roots to analyse and replays the results of the
// others; the graph holds the root actions of both.
func (r *results) analyze(run []*analysis.Analyzer, roots []*packages.Package) (*checker.Graph, error) {
	if r == nil {
		return checker.Analyze(run, roots, nil)
	}
	var found, analyse []*packages.Package
	for _, p := range roots {
		if r.found[p] != nil {
			found = append(found, p)
		} else {
			analyse = append(analyse, p)
		}
	}
	graph := &checker.Graph{}
	if len(found) > 0 {
		g, err := checker.Analyze(r.replay(), found, nil)
		if err != nil {
			return nil, err
		}
		graph.Roots = append(graph.Roots, g.Roots...)
	}
	if len(analyse) > 0 {
		g, err := checker.Analyze(run, analyse, nil)
		if err != nil {
			return nil, err
		}
		graph.Roots = append(graph.Roots, g.Roots...)
		r.Analysed += len(g.Roots)
		r.store(g)
	}
	return graph, nil
}

// replay returns, for each analyzer, one of the same name that reports what
// the cache holds of it on the package.
func (r *results) replay() []*analysis.Analyzer {
	byTypes := map[*types.Package]*stored{}
	for p, s := range r.found {
		byTypes[p.Types] = s
	}
	out := make([]*analysis.Analyzer, len(r.analyzers))
	for i, a := range r.analyzers {
		out[i] = &analysis.Analyzer{
			Name: a.Name, Doc: a.Doc, URL: a.URL,
			Run: func(pass *analysis.Pass) (any, error) {
				files := map[string]*token.File{}
				for _, f := range pass.Files {
					tf := pass.Fset.File(f.FileStart)
					files[tf.Name()] = tf
				}
				for _, d := range byTypes[pass.Pkg].Analyzers[i].Diags {
					pass.Report(d.diagnostic(files))
				}
				return nil, nil
			},
		}
	}
	return out
}

// store writes the entries of the analysed roots whose every analyzer ran
// without error.
func (r *results) store(g *checker.Graph) {
	type pkgResults struct {
		s   *stored
		bad bool
	}
	byPkg := map[*packages.Package]*pkgResults{}
	for _, act := range g.Roots {
		pr := byPkg[act.Package]
		if pr == nil {
			pr = &pkgResults{s: &stored{}}
			byPkg[act.Package] = pr
		}
		if act.Err != nil || act.Package.IllTyped {
			pr.bad = true
			continue
		}
		sa := storedAnalyzer{Name: act.Analyzer.Name}
		for _, d := range act.Diagnostics {
			sd, ok := storeDiag(act.Package, d)
			if !ok {
				pr.bad = true
				break
			}
			sa.Diags = append(sa.Diags, sd)
		}
		pr.s.Analyzers = append(pr.s.Analyzers, sa)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for p, pr := range byPkg {
		k, keep := r.keep[p]
		if pr.bad || !keep {
			continue
		}
		// In the order of the analyzers, whatever the graph's.
		slices.SortFunc(pr.s.Analyzers, func(a, b storedAnalyzer) int {
			return slices.IndexFunc(r.analyzers, func(x *analysis.Analyzer) bool { return x.Name == a.Name }) -
				slices.IndexFunc(r.analyzers, func(x *analysis.Analyzer) bool { return x.Name == b.Name })
		})
		if !r.complete(pr.s) {
			continue
		}
		wg.Go(func() {
			var b bytes.Buffer
			if gob.NewEncoder(&b).Encode(pr.s) != nil || r.cache.Put(r.entryKey(k), b.Bytes()) != nil {
				return
			}
			mu.Lock()
			r.Written++
			mu.Unlock()
		})
	}
	wg.Wait()
}

// errOutside: a position outside the package's files, which a later run
// could not place without loading more than the package.
var errOutside = errors.New("position outside the package")

// storeDiag encodes d, whose positions must lie in p's files.
func storeDiag(p *packages.Package, d analysis.Diagnostic) (storedDiag, bool) {
	files := map[*token.File]bool{}
	for _, f := range p.Syntax {
		files[p.Fset.File(f.FileStart)] = true
	}
	var err error
	pos := func(pos token.Pos) storedPos {
		if !pos.IsValid() {
			return storedPos{}
		}
		tf := p.Fset.File(pos)
		if tf == nil || !files[tf] {
			err = errOutside
			return storedPos{}
		}
		return storedPos{tf.Name(), tf.Offset(pos)}
	}
	sd := storedDiag{Pos: pos(d.Pos), End: pos(d.End), Category: d.Category, Message: d.Message, URL: d.URL}
	for _, fix := range d.SuggestedFixes {
		sf := storedFix{Message: fix.Message}
		for _, e := range fix.TextEdits {
			sf.Edits = append(sf.Edits, storedEdit{pos(e.Pos), pos(e.End), e.NewText})
		}
		sd.Fixes = append(sd.Fixes, sf)
	}
	for _, rel := range d.Related {
		sd.Related = append(sd.Related, storedRelated{pos(rel.Pos), pos(rel.End), rel.Message})
	}
	return sd, err == nil
}

// diagnostic decodes d with the package's files by name.
func (d storedDiag) diagnostic(files map[string]*token.File) analysis.Diagnostic {
	pos := func(sp storedPos) token.Pos {
		tf := files[sp.File]
		if sp.File == "" || tf == nil || sp.Offset > tf.Size() {
			return token.NoPos
		}
		return tf.Pos(sp.Offset)
	}
	out := analysis.Diagnostic{Pos: pos(d.Pos), End: pos(d.End), Category: d.Category, Message: d.Message, URL: d.URL}
	for _, sf := range d.Fixes {
		fix := analysis.SuggestedFix{Message: sf.Message}
		for _, e := range sf.Edits {
			fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: pos(e.Pos), End: pos(e.End), NewText: e.NewText})
		}
		out.SuggestedFixes = append(out.SuggestedFixes, fix)
	}
	for _, rel := range d.Related {
		out.Related = append(out.Related, analysis.RelatedInformation{Pos: pos(rel.Pos), End: pos(rel.End), Message: rel.Message})
	}
	return out
}
