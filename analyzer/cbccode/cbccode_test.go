package cbccode_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbccode"
	"github.com/cbclint/cbclint/internal/config"
)

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbccode.Analyzer, "malformed", "unknown", "ambiguous", "instring", "short")
}

func TestFindings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbccode.Analyzer, "concat", "noise", "generated", "directives", "generics", "cgo")
}

func TestIncludeGenerated(t *testing.T) {
	s := &config.Settings{IncludeGenerated: true}
	a := cbccode.New(s)
	results := analysistest.Run(t, analysistest.TestData(), a, "generatedincluded")
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
}

func TestDisabledByChecks(t *testing.T) {
	a := cbccode.New(&config.Settings{Checks: []string{"cbcswitch"}})
	analysistest.Run(t, analysistest.TestData(), a, "disabled")
}

func TestCatalogFile(t *testing.T) {
	a := cbccode.New(&config.Settings{CatalogFile: analysistest.TestData() + "/codes.json"})
	analysistest.Run(t, analysistest.TestData(), a, "catalogfile")
}

func TestFixesThatWouldDuplicate(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbccode.Analyzer, "duplicates")
}
