package cbcstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/checktest"
)

// The value shapes of issue 19, each found where the request goes to CBC and
// left alone where it goes elsewhere or its reply is examined:
//
//   - urlbuilder: a URL built with a strings.Builder (in a helper and inline);
//   - getenv: a host from os.Getenv/os.LookupEnv with a CBC default, said in
//     the message ("when BSS_ENDPOINT is unset"); a default of another
//     service and a variable without default are left alone;
//   - regionmap: a lookup in a package-level map whose every value is a CBC
//     endpoint; a mixed map and a map changed elsewhere are left alone;
//   - recvif: an endpoint method whose if on a receiver field returns a CBC
//     host on both branches;
//   - methodvalue: method values and method expressions resolve to their
//     method's summary.
//
// Facts are checked like diagnostics: every fact a package exports has a
// `// want` expectation.
func TestIssue19Values(t *testing.T) {
	t.Parallel()
	checktest.Run(t, analysistest.TestData(), cbcstatus.Analyzer,
		"example.com/issue19/urlbuilder", "example.com/issue19/getenv", "example.com/issue19/regionmap",
		"example.com/issue19/recvif", "example.com/issue19/methodvalue")
}
