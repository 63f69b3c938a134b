package check

import (
	"strings"
	"testing"
)

const docGo = `// Package cbcswitch defines an Analyzer.
//
// # Analyzer cbcswitch
//
// cbcswitch: report switches on CBC error codes that miss critical codes
//
// A program that dispatches on a CBC error code ...
//
// # How it works
//
// Dispatches are found in the syntax tree ...
package cbcswitch
`

func TestExtractStripsName(t *testing.T) {
	got := Extract(docGo, "cbcswitch")
	want := "report switches on CBC error codes that miss critical codes\n\nA program that dispatches on a CBC error code ..."
	if got != want {
		t.Errorf("Extract = %q, want %q (help prints the name itself; the next section is for developers)", got, want)
	}
}

func TestExtractWantsSummary(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "'cbcswitch: summary'") {
			t.Errorf("a heading without the summary line: panic %v", r)
		}
	}()
	Extract(strings.Replace(docGo, "cbcswitch: report", "report", 1), "cbcswitch")
}
