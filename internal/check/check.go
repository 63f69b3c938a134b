package check

import (
	"flag"
	"fmt"
	"go/token"

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
	// Run does the check's work; it runs only when the check is enabled. It
	// reports through pass, whose Report drops what //cbclint:ignore
	// directives suppress and findings in generated files.
	Run func(pass *Pass, r *config.Resolved) error
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
	return a
}
