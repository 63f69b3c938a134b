// Package analyzer is the cbclint suite: every check, configured by one Settings.
// Each check lives in its own package below this one.
//
// Each check's package also has Analyzer, the check with default settings:
// the package-level *analysis.Analyzer value that drivers taking analyzers by
// package name use, as Bazel's nogo does (docs/nogo.md). Defaults lists them.
package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/analyzer/cbccode"
	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/config"
)

// All returns every check, in config.Checks order, configured by s. Checks that
// s does not enable are still returned (drivers list them) but report nothing.
func All(s *config.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		cbccode.New(s),
		cbcswitch.New(s),
		cbcstatus.New(s),
	}
}

// Defaults returns each check's package-level Analyzer, in All's order: the
// checks cbclint runs without flags, each configured by settings of its own
// (its flags, -cbcstatus.endpoints as endpoints, fill them).
func Defaults() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		cbccode.Analyzer,
		cbcswitch.Analyzer,
		cbcstatus.Analyzer,
	}
}
