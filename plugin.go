// Package cbclint is the golangci-lint v2 module plugin of cbclint: it registers
// the linter "cbclint", which runs every check of the suite with the settings
// of .golangci.yml (linters.settings.custom.cbclint.settings). The settings are
// the same ones the cbclint command takes as flags; see the Settings table of docs/reference.md.
//
// Build a golangci-lint that contains it with `golangci-lint custom` and this
// .custom-gcl.yml (until the first release the module comes from a checkout;
// then version: v0.1.0 in place of path):
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/cbclint/cbclint
//	    import: github.com/cbclint/cbclint
//	    path: ../cbclint
package cbclint

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
)

func init() {
	register.Plugin("cbclint", New)
}

// plugin is the cbclint linter inside golangci-lint.
type plugin struct {
	settings *config.Settings
}

// New decodes golangci-lint's settings for cbclint. An unknown key and a bad
// value (unknown check or code, unreadable catalog file, bad endpoint pattern)
// are errors, so golangci-lint stops before linting with the settings half applied.
func New(settings any) (register.LinterPlugin, error) {
	s, err := config.Decode(settings)
	if err != nil {
		return nil, err
	}
	if _, err := s.Resolve(); err != nil {
		return nil, err
	}
	return &plugin{settings: s}, nil
}

// BuildAnalyzers returns every check; the settings decide which of them report.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return analyzer.All(p.settings), nil
}

// GetLoadMode asks for type information: the checks resolve constants and call targets.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
