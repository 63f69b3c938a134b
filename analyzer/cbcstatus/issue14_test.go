package cbcstatus_test

import (
	"testing"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/checktest"
)

// The regression cases of issue 14, one package per defect of the review,
// each found where a CBC reply is neither examined nor handed on, and left
// alone in its correct variants. They live under
// testdata/src/example.com/issue14/: a path with a dot, as a module's
// packages have, so that no helper package is taken for the standard library.
//
//   - orderab, orderba: a request helper and the renewal it retries through,
//     calling each other, declared in both orders: the same findings;
//   - chain7, chain12: seven and twelve forwarding helpers between the URL
//     constant and a status-only http.Post;
//   - logline: a log line (issue14/zlog, another package) beside a
//     status-only decision is not where the reply is examined;
//   - tworeplies: each reply of a function is judged on its own;
//   - typedraw: an SDK reply and a net/http reply, judged by the status and
//     then logged, are judged alike;
//   - pkglit: function literals at package level are analysed;
//   - bssif: a host chosen by `if service == "bss"` (and by a switch);
//   - payload: reading an SDK response's payload is not examining it; for
//     golangsdk, the catalog's operations table says whether the operation
//     reports errors in a 200 body;
//   - probe: asking whether CBC throttles (429) decides nothing;
//   - crosspkg (through issue14/crosspkg/cbchttp, a package of the same
//     module), othermod (through example.com/x/jsonhttp, another module,
//     which parses the body with example.com/x/jsonutils) and cloudmux (the
//     same, handing the client an error type that it fills only on a
//     failed status, as yunionio/cloudmux does): helpers of other packages,
//     judged by default.
//
// One Run loads every package at once, and a copy of each with its files'
// declarations in reverse order (example.com/issue14rev/..., see
// reversedCopy): the same findings and facts. The facts each package exports are
// expectations too (// want Name:"fact"): checktest fails on an
// unexpected one.
func TestIssue14(t *testing.T) {
	t.Parallel()
	dir := reversedCopy(t, "example.com/issue14")
	checktest.Run(t, dir, cbcstatus.Analyzer, "example.com/issue14/...", "example.com/issue14rev/...")
}
