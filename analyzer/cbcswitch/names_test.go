package cbcswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/fixtest"
)

// TestFixUsesNames: the cases a fix adds name the codes by the constants the
// package or its imports declare, where those names fit and are not shadowed;
// the fixed package builds (cbclint -fix applies the fixes).
func TestFixUsesNames(t *testing.T) {
	t.Parallel()
	a := cbcswitch.New(&config.Settings{})
	checktest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "names")
	fixtest.Verify(t, a, analysistest.TestData(), "names")
}
