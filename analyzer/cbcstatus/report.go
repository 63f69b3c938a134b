package cbcstatus

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
)

// findings are what one pass found: values, recorded in any order and
// reported sorted by position.
type findings struct {
	fset  *token.FileSet
	codes string // which codes come with HTTP 200, for messages
	list  []analysis.Diagnostic
}

// report records a finding; flush reports one per position.
func (f *findings) report(n ast.Node, format string, args ...any) {
	f.reportFix(n, nil, format, args...)
}

// reportFix records a finding with its suggested fixes.
func (f *findings) reportFix(n ast.Node, fixes []analysis.SuggestedFix, format string, args ...any) {
	f.list = append(f.list, analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf(format, args...), SuggestedFixes: fixes})
}

// flush reports the findings in the order of their positions, whatever the
// order in which the functions were judged; of two at one position, the one
// whose message sorts first.
func (f *findings) flush(to *check.Pass) {
	slices.SortStableFunc(f.list, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End), strings.Compare(a.Message, b.Message))
	})
	for _, d := range slices.CompactFunc(f.list, func(a, b analysis.Diagnostic) bool { return a.Pos == b.Pos }) {
		to.Report(d) // one finding a position
	}
	f.list = nil
}

// maxText is how much of a status comparison's source a message quotes.
const maxText = 80

// text is the source text of n as gofmt prints it, cut to maxText characters.
func (f *findings) text(n ast.Node) string {
	var b strings.Builder
	if err := format.Node(&b, f.fset, n); err != nil {
		return "the status comparison"
	}
	return catalog.Cut(b.String(), maxText)
}

// where is the file and line of n, for messages: "client.go:77".
func (f *findings) where(n ast.Node) string {
	pos := f.fset.Position(n.Pos())
	return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
}

// featuredCode is the code messages name when the catalog has it as an HTTP 200 error.
const featuredCode = "CBC.5020"

// http200Codes says, for messages, which error codes come with HTTP 200:
// "CBC.5020 Partial failure and 50 other error codes come with HTTP 200".
func http200Codes(cat *catalog.Catalog) string {
	codes := cat.HTTP200Codes()
	if len(codes) == 0 {
		return "CBC reports errors with HTTP 200"
	}
	first := codes[0]
	if slices.Contains(codes, featuredCode) {
		first = featuredCode
	}
	e, _ := cat.Lookup(first)
	lead := first + " " + e.Brief()
	switch len(codes) {
	case 1:
		return lead + " comes with HTTP 200"
	case 2:
		return lead + " and 1 other error code come with HTTP 200"
	}
	return fmt.Sprintf("%s and %d other error codes come with HTTP 200", lead, len(codes)-1)
}

// The end of every message about a raw reply: why, and what to do.
const cbcAnswers = "CBC answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code"

// operationNote names, for a message, the CBC operation a raw request
// reaches when the catalog's operations table knows it and its reply
// carries errors with HTTP 200: "; POST /v2/orders/subscriptions/resources/renew
// is RenewalResources, whose reply lists failed resources in
// fail_resource_infos".
func (c *checker) operationNote(r reply) string {
	if !r.isRaw || r.helper {
		return ""
	}
	method, url, ok := requestLine(c.values, r.call)
	if !ok {
		return ""
	}
	for _, op := range c.r.Catalog.OperationAt(method, url) {
		if len(op.ErrorFields) == 0 {
			continue
		}
		// Where the reply carries its errors: "lists failed resources in
		// fail_resource_infos", "carries error_code".
		where := "carries " + check.ErrorCodeKey
		if list, ok := op.FailureList(); ok && strings.Contains(list, "resource") {
			where = "lists failed resources in " + list
		} else if ok {
			where = "lists failed items in " + list
		}
		return fmt.Sprintf("; %s %s is %s, whose reply %s", op.Method, op.Path, op.Name, where)
	}
	return ""
}
