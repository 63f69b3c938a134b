// Package driver runs the checks over packages as the cbclint command does:
// it loads them (load.go), analyses them, and prints the findings as text,
// JSON or SARIF, or applies or shows their fixes (fix.go, verify.go, diff.go).
// The command's front end (cmd/cbclint/internal/cli), the checks' fix tests
// (internal/fixtest) and the benchmarks (tools/bench) share it.
package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/factcache"
)

// Exit statuses, the same in every mode of the standalone command (text, -json, -fix).
const (
	ExitClean    = 0 // nothing to report: no findings, or -fix fixed them all
	ExitBroken   = 1 // some package could not be loaded or analysed (whatever else was found), or a fixed file could not be written
	ExitUsage    = 2 // bad flags or settings, or no packages named
	ExitFindings = 3 // findings remain: printed, in the JSON, or left unfixed by -fix
)

// finding is one diagnostic of a root action, once: a file in a package and in
// its test variant is analysed twice, and the second diagnostic is a variant.
type finding struct {
	posn     token.Position // of the diagnostic, in the file the user wrote
	variants []variant      // the finding in each package, the first as found first
}

type variant struct {
	act  *checker.Action
	diag analysis.Diagnostic
}

func (f *finding) diag() analysis.Diagnostic { return f.variants[0].diag }
func (f *finding) check() string             { return f.variants[0].act.Analyzer.Name }

// Options are how Run treats the findings: Format is text, json or sarif
// (Fix and Diff print what they leave as text); Diff shows the fixes and
// writes nothing; Tests analyses the test files too.
type Options struct {
	Format           string
	Fix, Diff, Tests bool
	// observe, if not nil, is told the run's use of the results cache and
	// of the fact cache (nil when off or unused), for tests.
	observe func(*results, *factcache.Session)
}

// Run runs the checks over the packages named by patterns in dir, and
// prints the findings, their JSON or SARIF, or applies their fixes; it
// returns the exit status.
func Run(dir string, patterns []string, opts Options, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	pkgs, run, res, session, err := loadCached(dir, patterns, opts.Tests, analyzers, true)
	if opts.observe != nil {
		opts.observe(res, session)
	}
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", OneLine(goError(err.Error())))
		return ExitBroken
	}
	o := newOutput(dir, stdout, stderr)
	if matchedNothing(pkgs) {
		fmt.Fprintln(stderr, "cbclint:", noPackages(o, dir, patterns, pkgs))
		return ExitUsage
	}
	broken := printLoadErrors(o, pkgs) > 0
	// run: analyzers, reading and writing the fact cache; res replays the
	// roots whose results the cache holds and keeps those of the others.
	graph, err := res.analyze(run, pkgs)
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return ExitBroken
	}
	var failed []*checker.Action // the JSON holds their errors; text prints them
	for act := range graph.All() {
		if act.Err != nil {
			failed = append(failed, act)
			broken = true
		}
	}
	if opts.Format == "json" {
		remaining, err := printJSON(stdout, graph)
		if err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return ExitBroken
		}
		return status(broken, remaining)
	}
	notAnalysed := map[*packages.Package]bool{}
	for _, act := range failed {
		if act.Package.IllTyped {
			// Every check skips it for the errors printed above (a type error, a
			// pattern that matches nothing beside others that do): say so once,
			// unless it has no files, which its error says.
			if !notAnalysed[act.Package] && len(act.Package.CompiledGoFiles) > 0 {
				fmt.Fprintf(stderr, "cbclint: %s: not analysed because of the errors above\n", act.Package.ID)
			}
			notAnalysed[act.Package] = true
			continue
		}
		fmt.Fprintf(stderr, "cbclint: %s on %s: %v\n", act.Analyzer.Name, act.Package.ID, act.Err)
	}
	found := findings(graph)
	switch {
	case opts.Diff:
		return status(broken, diffAll(o, pkgs, found))
	case opts.Fix:
		left, ok := fixAll(o, pkgs, found, writeFile)
		return status(broken || !ok, left)
	case opts.Format == "sarif":
		if err := printSARIF(o, analyzers, found, !broken); err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return ExitBroken
		}
		return status(broken, len(found))
	}
	for _, f := range found {
		o.finding(f)
	}
	return status(broken, len(found))
}

// Fix applies the fixes of the analyzers' findings in the packages that
// patterns name in dir, as cbclint -fix does (test files left out), printing
// what it prints to w; it returns the exit status. The checks' tests prove
// their fixes through it (internal/fixtest).
func Fix(dir string, patterns []string, analyzers []*analysis.Analyzer, w io.Writer) int {
	return Run(dir, patterns, Options{Format: "text", Fix: true}, analyzers, w, w)
}

// status is the exit status of a run: a package that could not be analysed
// comes first, then findings that remain.
func status(broken bool, remaining int) int {
	switch {
	case broken:
		return ExitBroken
	case remaining > 0:
		return ExitFindings
	}
	return ExitClean
}

// findings returns the diagnostics of the root actions, each once, in file order.
func findings(graph *checker.Graph) []*finding {
	type key struct {
		posn, end      token.Position
		check, message string
	}
	seen := map[key]*finding{}
	var out []*finding
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			fset := act.Package.Fset
			k := key{fset.Position(d.Pos), fset.Position(cmp.Or(d.End, d.Pos)), act.Analyzer.Name, d.Message}
			f := seen[k]
			if f == nil {
				f = &finding{posn: k.posn}
				seen[k] = f
				out = append(out, f)
			}
			f.variants = append(f.variants, variant{act, d})
		}
	}
	slices.SortStableFunc(out, func(a, b *finding) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Line, b.posn.Line),
			cmp.Compare(a.posn.Column, b.posn.Column), cmp.Compare(a.check(), b.check()), cmp.Compare(a.diag().Message, b.diag().Message))
	})
	return out
}

// needFacts reports whether an analyzer (or one it requires) uses facts, in
// which case the dependencies it needs are loaded from source (load).
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(as []*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				if len(a.FactTypes) > 0 || visit(a.Requires) {
					return true
				}
			}
		}
		return false
	}
	return visit(analyzers)
}

// The JSON output is the x/tools analysis format (package ID → analyzer →
// diagnostics or error), with edit offsets in the file the user wrote: a fix
// that cannot be placed there (in cgo's rewrite of a file, where the texts
// differ) is left out.
type (
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonDiagnostic struct {
		Category       string    `json:"category,omitempty"`
		Posn           string    `json:"posn"`
		End            string    `json:"end"`
		Message        string    `json:"message"`
		SuggestedFixes []jsonFix `json:"suggested_fixes,omitempty"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// printJSON prints the JSON of graph to w and returns the number of findings.
func printJSON(w io.Writer, graph *checker.Graph) (int, error) {
	tree := map[string]map[string]any{}
	add := func(id, name string, v any) {
		if tree[id] == nil {
			tree[id] = map[string]any{}
		}
		tree[id][name] = v
	}
	n := 0
	files := newFileCache()
	for act := range graph.All() {
		fset := act.Package.Fset
		if act.Err != nil {
			add(act.Package.ID, act.Analyzer.Name, jsonError{act.Err.Error()})
			continue
		}
		if !act.IsRoot || len(act.Diagnostics) == 0 {
			continue
		}
		var diags []jsonDiagnostic
		for _, d := range act.Diagnostics {
			jd := jsonDiagnostic{Category: d.Category, Posn: fset.Position(d.Pos).String(), End: fset.Position(cmp.Or(d.End, d.Pos)).String(), Message: d.Message}
			for _, fix := range d.SuggestedFixes {
				edits, err := placeFix(fset, fix, files)
				if err != nil {
					continue
				}
				jf := jsonFix{Message: fix.Message}
				for _, e := range edits {
					jf.Edits = append(jf.Edits, jsonEdit{e.user.file, e.user.start, e.user.end, e.user.text})
				}
				jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
			}
			diags = append(diags, jd)
		}
		n += len(diags)
		add(act.Package.ID, act.Analyzer.Name, diags)
	}
	b, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return n, err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return n, err
}
