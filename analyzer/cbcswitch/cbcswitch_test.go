package cbcswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/fixtest"
)

func TestDispatches(t *testing.T) {
	for _, pkg := range []string{"payment", "constants", "twins", "topics", "directives", "tags", "correct", "tables"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), pkg)
		})
	}
}

func TestDefaultClauseAndFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), "defaults")
}

func TestDefaultHandles(t *testing.T) {
	s := &config.Settings{DefaultHandles: true}
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(s), "defaulthandles")
	fixtest.Verify(t, cbcswitch.New(s), analysistest.TestData(), "defaulthandles")
}

func TestCriticalChanges(t *testing.T) {
	s := &config.Settings{Critical: []string{"-CBC.0250", "+CBC.99003110:payment", "+CBC.5042"}}
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(s), "critical")
	fixtest.Verify(t, cbcswitch.New(s), analysistest.TestData(), "critical")
}

// TestFixes: if/else chains, and dispatches over a type parameter, whose
// fixes compare a value of type C with an untyped constant.
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), "chains", "generics")
}

// TestFixedFilesBuild applies the fixes to the test packages, as cbclint -fix
// does: the result must pass go vet, and linting it again must report exactly
// the findings that had no fix. (The tests of settings prove their own.)
func TestFixedFilesBuild(t *testing.T) {
	fixtest.Verify(t, cbcswitch.Analyzer, analysistest.TestData(), "payment", "constants", "twins", "topics", "directives", "tags", "correct", "tables", "defaults", "chains", "generics")
}
