package cbcstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
)

// The judging cases of issue 19, one package per shape, each found and its
// correct form left alone, under testdata/src/example.com/issue19/:
//
//   - hcptext: an SDK reply turned into text (String(), a fmt verb,
//     json.Marshal) and returned as an ID, logged or stored;
//   - statustext: success decided by the status text, resp.Status;
//   - predicate (through predicate/other, another package): status
//     predicates over the code and the status text, summarised as facts;
//   - retry: early attempts of a retry loop return success on HTTP 200;
//   - branches: error_code read on one branch, the status alone on another;
//   - methodvalue2, methodexpr: the body handed to a method value and a
//     method expression after a status check;
//   - noreturn: a `return nil` after a wrapper of log.Fatalf declares nothing.
//
// Facts are expectations too: analysistest fails on an unexpected one.
func TestIssue19Judge(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "example.com/issue19/...")
}
