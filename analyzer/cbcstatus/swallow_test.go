package cbcstatus

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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
