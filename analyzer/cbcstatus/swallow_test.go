package cbcstatus

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/catalog"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
)

// swallowOnly runs the swallowed-failures rule alone, so that its test
// packages are judged by it and not by the check's other rules (which the
// full run of TestDefaultSettings covers, the hook in run included: its
// sdkcalls package has a function that swallows renewal failures).
var swallowOnly = check.New(&config.Settings{}, check.Spec{
	Name:  Name,
	DocGo: doc,
	Run: func(pass *check.Pass, r *config.Resolved) error {
		reportSwallowed(pass, r.Catalog)
		return nil
	},
})

// TestSwallowedFailures: failed items of a batch reply logged or counted,
// then success declared, through the SDK (sdk) and through golangsdk's raw
// requests and net/http (raw); and each way of handing them on, left alone.
func TestSwallowedFailures(t *testing.T) {
	checktest.Run(t, analysistest.TestData(), swallowOnly, "example.com/swallow/sdk", "example.com/swallow/raw")
}

// failureListNamer reports the packages the swallowed-failures rule does
// not leave at once.
var failureListNamer = &analysis.Analyzer{
	Name:     "namesfailurelists",
	Doc:      "reports namesFailureLists for each package",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		if namesFailureLists(pass, pass.ResultOf[inspect.Analyzer].(*inspector.Inspector), catalog.Default().FailureLists()) {
			pass.Reportf(pass.Files[0].Name.Pos(), "names a failure list")
		}
		return nil, nil
	},
}

// TestSwallowFastExit: the rule runs on every package, so it leaves at once
// a package that names no failure list (another cloud's failed jobs, a reply
// helper), and stays for the SDK's field, a JMESPath key, or a key in a tag.
func TestSwallowFastExit(t *testing.T) {
	want := map[string]bool{"sdk": true, "raw": true, "tagged": true, "unrelated": false, "utils": false}
	var patterns []string
	for pkg := range want {
		patterns = append(patterns, "example.com/swallow/"+pkg)
	}
	// The packages' want lines are the rule's: only the diagnostics are read.
	for _, r := range checktest.Run(ignoreErrors{}, analysistest.TestData(), failureListNamer, patterns...) {
		pkg := strings.TrimPrefix(r.Package.Types.Path(), "example.com/swallow/")
		if got := len(r.Diagnostics) > 0; got != want[pkg] {
			t.Errorf("%s: namesFailureLists = %v, want %v", pkg, got, want[pkg])
		}
		delete(want, pkg)
	}
	if len(want) > 0 {
		t.Errorf("not analysed: %v", want)
	}
}

type ignoreErrors struct{}

func (ignoreErrors) Errorf(string, ...any) {}
