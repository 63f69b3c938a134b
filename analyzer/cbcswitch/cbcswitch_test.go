package cbcswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/config"
)

func TestDispatches(t *testing.T) {
	for _, pkg := range []string{"payment", "constants", "twins", "topics", "directives", "tags", "correct", "generics"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), pkg)
		})
	}
}

func TestDefaultClauseAndFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcswitch.New(&config.Settings{}), "defaults")
}

func TestDefaultHandles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(&config.Settings{DefaultHandles: true}), "defaulthandles")
}

func TestCriticalChanges(t *testing.T) {
	s := &config.Settings{Critical: []string{"-CBC.0250", "+CBC.99003110:payment", "+CBC.5042"}}
	analysistest.Run(t, analysistest.TestData(), cbcswitch.New(s), "critical")
}
