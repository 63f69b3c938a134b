package cbccode_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbccode"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
)

// The test packages go through checktest (analysistest's // want comments,
// with the standard library from export data) in one Run per setting: a Run
// lists the packages with go list -export and type-checks the testdata
// packages from source, which costs a few tenths of a second. A new case goes
// into the list of its setting.

// fixes are the packages of the default settings whose fixed files are
// written out in .golden files; TestFixedFilesCompile proves them with -fix.
// duplicates: fixes that would make two cases or keys the same.
var fixes = []string{"malformed", "unknown", "ambiguous", "instring", "short", "duplicates", "gateway"}

// findings are the packages of the default settings without golden files.
var findings = []string{"concat", "noise", "generated", "directives", "generics", "cgo", "owners"}

func TestFixes(t *testing.T) {
	t.Parallel()
	checktest.RunWithSuggestedFixes(t, analysistest.TestData(), cbccode.Analyzer, fixes...)
}

func TestFindings(t *testing.T) {
	t.Parallel()
	checktest.Run(t, analysistest.TestData(), cbccode.Analyzer, findings...)
}

func TestIncludeGenerated(t *testing.T) {
	t.Parallel()
	s := &config.Settings{IncludeGenerated: true}
	a := cbccode.New(s)
	results := checktest.Run(t, analysistest.TestData(), a, "generatedincluded")
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
}

func TestDisabledByChecks(t *testing.T) {
	t.Parallel()
	a := cbccode.New(&config.Settings{Checks: []string{"cbcswitch"}})
	checktest.Run(t, analysistest.TestData(), a, "disabled")
}

func TestCatalogFile(t *testing.T) {
	t.Parallel()
	a := cbccode.New(&config.Settings{CatalogFile: analysistest.TestData() + "/codes.json"})
	checktest.Run(t, analysistest.TestData(), a, "catalogfile")
}
