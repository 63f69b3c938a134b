package check

import (
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/cbclint/cbclint/internal/config"
)

// Spec is what makes one check different from the others. A check is its
// package (a Spec and the code it runs) plus its place in analyzer.All.
type Spec struct {
	Name  string
	DocGo string // the source of the check's doc.go
	// Flags defines the check's own settings flags on fs, bound to the fields of
	// s they fill (config.Settings.BoolFlag and friends); drivers show them as
	// -<name>.<flag>. Nil for a check without settings of its own.
	Flags     func(fs *flag.FlagSet, s *config.Settings)
	FactTypes []analysis.Fact
	// SourceDeps, if not nil, says which packages of an import graph the
	// check needs to analyse from source, by ID, beside the packages it
	// reports on: those whose facts it needs. A driver that loads the other
	// dependencies from export data asks it through SourceDeps before loading
	// (drivers that see every package from source, go vet among them, never
	// do). The check may keep the answer: the same packages (pkgs[i].Types)
	// come back as passes.
	SourceDeps func(r *config.Resolved, pkgs []*Listed) map[string]bool
	// Run does the check's work; it runs only when the check is enabled. It
	// reports through pass, whose Report drops what //cbclint:ignore
	// directives suppress and findings in generated files.
	Run func(pass *Pass, r *config.Resolved) error
}

// Listed is what go list says of one package of an import graph.
type Listed struct {
	ID       string // a test variant's ID differs from its package's
	Standard bool   // the standard library's
	Files    []string
	Imports  []string // IDs
	// Types is the package the driver will analyse it as.
	Types *types.Package
}

// made holds the analyzers New made: their settings and SourceDeps hooks.
var made sync.Map // *analysis.Analyzer → madeBy

type madeBy struct {
	s          *config.Settings
	sourceDeps func(pkgs []*Listed) (map[string]bool, error) // nil: none
}

// SettingsOf returns the settings of an analyzer New made, or nil.
func SettingsOf(a *analysis.Analyzer) *config.Settings {
	if m, ok := made.Load(a); ok {
		return m.(madeBy).s
	}
	return nil
}

// SourceDeps returns the IDs of the packages among pkgs (an import graph) that
// the enabled checks among analyzers need from source (Spec.SourceDeps).
func SourceDeps(analyzers []*analysis.Analyzer, pkgs []*Listed) (map[string]bool, error) {
	out := map[string]bool{}
	for _, a := range analyzers {
		m, ok := made.Load(a)
		if !ok || m.(madeBy).sourceDeps == nil {
			continue
		}
		ids, err := m.(madeBy).sourceDeps(pkgs)
		if err != nil {
			return nil, err
		}
		maps.Copy(out, ids)
	}
	return out, nil
}

// Pass is the analysis pass a check runs in, with Report and Reportf going
// through the check's suppression filter (see suppress.go). A check reports
// only through these two methods: the Report field of the embedded
// analysis.Pass would bypass the filter (analyzer's TestReportThroughFilter
// fails on such a call).
type Pass struct {
	*analysis.Pass
	filter *filter
}

// Report reports d unless a directive suppresses it or it is in a generated file.
func (p *Pass) Report(d analysis.Diagnostic) {
	if p.filter.keep(d) {
		p.Pass.Report(d)
	}
}

// Reportf reports a finding at pos with a formatted message, as Report does.
func (p *Pass) Reportf(pos token.Pos, format string, args ...any) {
	p.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// New returns the Analyzer for spec, configured by s; its flags fill s.
func New(s *config.Settings, spec Spec) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     spec.Name,
		Doc:      Extract(spec.DocGo, spec.Name),
		URL:      "https://pkg.go.dev/github.com/cbclint/cbclint/analyzer/" + spec.Name,
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			r, err := s.Resolve()
			if err != nil || !r.Enabled(spec.Name) {
				return nil, err
			}
			p := &Pass{Pass: pass, filter: newFilter(pass, spec.Name, r)}
			err = spec.Run(p, r)
			p.filter.reportDirectives()
			return nil, err
		},
	}
	if spec.Flags != nil {
		spec.Flags(&a.Flags, s)
	}
	a.FactTypes = spec.FactTypes
	m := madeBy{s: s}
	if spec.SourceDeps != nil {
		m.sourceDeps = func(pkgs []*Listed) (map[string]bool, error) {
			r, err := s.Resolve()
			if err != nil || !r.Enabled(spec.Name) {
				return nil, err
			}
			return spec.SourceDeps(r, pkgs), nil
		}
	}
	made.Store(a, m)
	return a
}
