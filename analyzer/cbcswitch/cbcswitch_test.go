package cbcswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/fixtest"
)

// The test packages go through checktest (analysistest's // want comments,
// with the standard library from export data) in one Run per setting: a Run
// lists the packages with go list -export and type-checks the testdata
// packages (the SDK's stubs among them) from source, which costs a few tenths
// of a second. A new case goes into the list of its setting.

// dispatches are the packages of the default settings without golden files:
// their findings are checked, and their fixes proven by TestFixedFilesBuild.
var dispatches = []string{"payment", "constants", "twins", "topics", "directives", "tags", "correct", "tables", "items", "requests", "unknownop", "golangsdkops", "rawops"}

// fixes are the packages of the default settings whose fixed files are
// written out in .golden files: if/else chains, the default clause, and
// dispatches over a type parameter, whose fixes compare a value of type C
// with an untyped constant.
var fixes = []string{"defaults", "chains", "generics"}

func TestDispatches(t *testing.T) {
	t.Parallel()
	checktest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), dispatches...)
}

func TestFixes(t *testing.T) {
	t.Parallel()
	checktest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), fixes...)
}

// TestFixedFilesBuild applies the fixes to the test packages, as cbclint -fix
// does: the result must pass go vet, and linting it again must report exactly
// the findings that had no fix. (The tests of settings prove their own.)
func TestFixedFilesBuild(t *testing.T) {
	t.Parallel()
	fixtest.Verify(t, cbcswitch.Analyzer, analysistest.TestData(), append(dispatches, fixes...)...)
}

func TestDefaultHandles(t *testing.T) {
	t.Parallel()
	s := &config.Settings{DefaultHandles: true}
	checktest.Run(t, analysistest.TestData(), cbcswitch.New(s), "defaulthandles")
	fixtest.Verify(t, cbcswitch.New(s), analysistest.TestData(), "defaulthandles")
}

func TestCriticalChanges(t *testing.T) {
	t.Parallel()
	s := &config.Settings{Critical: []string{"-CBC.0250", "+CBC.99003110:payment", "+CBC.5042"}}
	checktest.Run(t, analysistest.TestData(), cbcswitch.New(s), "critical")
	fixtest.Verify(t, cbcswitch.New(s), analysistest.TestData(), "critical")
}
