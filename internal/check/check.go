package check

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/cbclint/cbclint/internal/config"
)

// Spec is what makes one check different from the others.
type Spec struct {
	Name      string
	DocGo     string // the source of the check's doc.go
	FactTypes []analysis.Fact
	// FactsWhen, if set, says when the check uses its FactTypes. A driver
	// analyses every dependency from source for an analyzer with fact types, so
	// they are declared only when the settings ask for them.
	FactsWhen func(*config.Settings) bool
	// Run does the check's work. Its diagnostics go through the //cbclint:ignore
	// filter and skip generated files; it runs only when the check is enabled.
	Run func(pass *analysis.Pass, r *config.Resolved) error
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
			done := suppress(pass, spec.Name, r)
			defer done()
			return nil, spec.Run(pass, r)
		},
	}
	s.RegisterFlags(&a.Flags, spec.Name)
	declareFacts := func() {
		a.FactTypes = nil
		if spec.FactsWhen == nil || spec.FactsWhen(s) {
			a.FactTypes = spec.FactTypes
		}
	}
	declareFacts()
	s.OnChange(declareFacts) // flags are parsed after the analyzers are built
	return a
}
