package cbcstatus_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
)

// The regression cases of issue 14, one package per defect of the review
// (testdata/src/example.com/issue14/...: a path with a dot, as a module's
// packages have, so that none of them is taken for the standard library), each found where the rule says a CBC reply is
// neither examined nor handed on, and left alone in its correct variant:
//
//   - orderab, orderba: a request helper and the renewal it retries through,
//     calling each other, declared in both orders: the same findings;
//   - chain7, chain12: seven and twelve forwarding helpers between the URL
//     constant and a status-only http.Post;
//   - logline: a log line (issue14/zlog, another package) beside a
//     status-only decision is not where the reply is examined;
//   - tworeplies: each reply of a function is judged on its own;
//   - typedraw: an SDK reply and a net/http reply, judged by status and then
//     logged, are judged alike;
//   - pkglit: function literals at package level are analysed;
//   - bssif: a host chosen by `if service == "bss"` (and by a switch);
//   - payload: reading an SDK response's payload is not examining it; for
//     golangsdk, the catalog's operations table says whether the operation
//     reports errors in a 200 body;
//   - probe: asking whether CBC throttles (429) decides nothing;
//   - crosspkg (through issue14/crosspkg/cbchttp, a package of the same
//     module) and othermod (through example.com/x/jsonhttp, another module):
//     helpers of other packages, judged by default.
//
// One Run loads every package at once. Facts are the engine's own business:
// their wording is not checked here, only the diagnostics.
func TestIssue14(t *testing.T) {
	rec := &recorder{}
	analysistest.Run(rec, analysistest.TestData(), cbcstatus.Analyzer, "example.com/issue14/...")
	for _, e := range rec.errors {
		if strings.Contains(e, ": unexpected fact: ") {
			continue
		}
		t.Error(e)
	}
}
