package cbcstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/checktest"
)

// When a cycle's summaries find no fixed point within the round limit, an
// internal error names the function and the cycle's callers are still
// judged (example.com/fixedpoint: page and next call each other). Not
// parallel: it changes the limit for the time of its Run.
func TestFixedPointGuard(t *testing.T) {
	old := cbcstatus.SetMaxRounds(1)
	defer cbcstatus.SetMaxRounds(old)
	if old < 2 {
		t.Fatalf("the round limit is %d: no cycle could settle", old)
	}
	checktest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "example.com/fixedpoint")
}

// Within the default limit, the summaries of a cycle settle: a reply that
// reaches a caller only through the cycle's second look is judged there,
// a helper of a cycle that decides by the status is reported at its call,
// one that reads error_code is left alone, and no internal error is
// reported (example.com/cycle).
func TestFixedPointSettles(t *testing.T) {
	checktest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "example.com/cycle")
}
