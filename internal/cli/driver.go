package cli

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/config"
)

// Exit statuses, the same in every mode of the standalone command (text, -json, -fix).
const (
	exitClean    = 0 // nothing to report: no findings, or -fix fixed them all
	exitBroken   = 1 // some package could not be loaded or analysed (whatever else was found), or a fixed file could not be written
	exitUsage    = 2 // bad flags or settings, or no packages named
	exitFindings = 3 // findings remain: printed, in the JSON, or left unfixed by -fix
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

// standalone runs the checks over the packages named by patterns in dir, and
// prints the findings, their JSON or SARIF, or applies their fixes.
func standalone(dir string, patterns []string, c *commandFlags, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) int {
	pkgs, run, err := load(dir, patterns, *c.tests, analyzers)
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", oneLine(goError(err.Error())))
		return exitBroken
	}
	o := newOutput(dir, stdout, stderr)
	if matchedNothing(pkgs) {
		fmt.Fprintln(stderr, "cbclint:", noPackages(o, dir, patterns, pkgs))
		return exitUsage
	}
	broken := printLoadErrors(o, pkgs) > 0
	graph, err := checker.Analyze(run, pkgs, nil) // run: analyzers, reading and writing the fact cache
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return exitBroken
	}
	var failed []*checker.Action // the JSON holds their errors; text prints them
	for act := range graph.All() {
		if act.Err != nil {
			failed = append(failed, act)
			broken = true
		}
	}
	if *c.format == "json" {
		remaining, err := printJSON(stdout, graph)
		if err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return exitBroken
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
	case *c.diff:
		return status(broken, diffAll(o, pkgs, found))
	case *c.fix:
		left, ok := fixAll(o, pkgs, found, writeFile)
		return status(broken || !ok, left)
	case *c.format == "sarif":
		if err := printSARIF(o, analyzers, found, !broken); err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return exitBroken
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
	no, yes, text := false, true, "text"
	return standalone(dir, patterns, &commandFlags{json: &no, format: &text, fix: &yes, diff: &no, tests: &no}, analyzers, w, w)
}

// status is the exit status of a run: a package that could not be analysed
// comes first, then findings that remain.
func status(broken bool, remaining int) int {
	switch {
	case broken:
		return exitBroken
	case remaining > 0:
		return exitFindings
	}
	return exitClean
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

// enableFlag is -cbccode (run only the checks named so) and -cbccode=false
// (run all but those), the flags go vet gives each analyzer.
type enableFlag struct {
	only map[string]*bool
	name string
}

func (f *enableFlag) IsBoolFlag() bool { return true }
func (f *enableFlag) String() string {
	if f.only == nil || f.only[f.name] == nil {
		return ""
	}
	return fmt.Sprint(*f.only[f.name])
}
func (f *enableFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("want true or false")
	}
	f.only[f.name] = &b
	return nil
}

// applyOnly narrows the checks of s by the -<check> flags: those set to true
// if any, else all but those set to false.
func applyOnly(s *config.Settings, only map[string]*bool) error {
	if len(only) == 0 {
		return nil
	}
	r, err := s.Resolve()
	if err != nil {
		return err
	}
	anyTrue := false
	for _, v := range only {
		anyTrue = anyTrue || *v
	}
	var keep []string
	for _, c := range r.Checks {
		if v, ok := only[c]; anyTrue && ok && *v || !anyTrue && !ok {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return fmt.Errorf("the flags leave no check to run")
	}
	return s.SetChecks(keep)
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
