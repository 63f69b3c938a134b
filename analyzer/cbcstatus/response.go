package cbcstatus

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/internal/check"
)

// The SDK packages that call CBC and declare its responses, by path suffix
// (major versions and forks keep it).
var sdkSuffixes = []string{"/services/bss/v2", "/services/bssintl/v2", "/services/bss/v2/model", "/services/bssintl/v2/model"}

// golangsdkBSS is the part of the path of chnsz/golangsdk's (and its forks')
// CBC packages: openstack/bss/v2/orders, openstack/bss/v2/resources.
const golangsdkBSS = "golangsdk/openstack/bss/"

// isClientPackage reports whether the package at path calls CBC or declares
// its responses: the SDK's, golangsdk's, or one of the response-packages.
func (c *checker) isClientPackage(path string) bool {
	return isSDKPackage(path) || c.r.MatchResponsePackage(path)
}

// isSDKPackage reports whether the package at path is the SDK's or golangsdk's.
func isSDKPackage(path string) bool {
	for _, s := range sdkSuffixes {
		if strings.HasSuffix(path, s) {
			return true
		}
	}
	return strings.Contains(path+"/", golangsdkBSS)
}

// statusField is the field in which every SDK response carries the HTTP status.
const statusField = "HttpStatusCode"

// responseCall describes a call that yields a CBC response as its first result.
type responseCall struct {
	name string         // the operation, for messages: RenewalResources, orders.Unsubscribe
	typ  types.Type     // the response's type
	pkg  *types.Package // where it is declared
	// direct is true when the call is of a function or method of that
	// package or of the SDK's client, which never return a nil response with
	// a nil error; an interface method or a function value may be a fake.
	direct  bool
	ef      errorFields
	results int // how many results the call has
}

// checkResponses reports the calls in the function at fd that yield a CBC
// response whose error fields are never checked.
func (c *checker) checkResponses(fd inspector.Cursor) {
	for cur := range fd.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		rc, ok := c.responseCall(call)
		if !ok {
			continue
		}
		// Where does the response go?
		thrown, v, ok := c.resultOf(cur)
		switch {
		case !ok:
			continue // returned, passed on, stored, ...: the caller or the callee decides
		case thrown:
			// Only `_, err := call` gets a fix: responseFix needs the assignment.
			c.reportDiscarded(call, rc, c.responseFix(check.Outer(cur).Parent(), rc))
			continue
		}
		checked, cmp := c.responseUse(enclosingFunc(cur), rc.ef, c.usesOf(fd, v))
		switch {
		case checked:
		case cmp != nil:
			c.report(cmp, "%s does not mean success: CBC reports the failures of %s in %s with HTTP 200; check %s (%s)",
				c.text(cmp), rc.name, rc.ef.names(), rc.ef.names(), c.codes)
		default:
			c.report(call, "%s of the %s response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check %s (%s)",
				rc.ef.names(), rc.name, rc.ef.names(), c.codes)
		}
	}
}

func (c *checker) reportDiscarded(call *ast.CallExpr, rc responseCall, fixes []analysis.SuggestedFix) {
	c.reportFix(call, fixes, "the %s response is discarded, but CBC reports failures in its %s with HTTP 200 and a nil error: check %s (%s)",
		rc.name, rc.ef.names(), rc.ef.names(), c.codes)
}

// responseCall recognises a call whose first result is a CBC response: a type
// declared in a CBC client package that carries error fields. How the call is
// made does not matter: an SDK client method, RenewalResourcesInvoker.Invoke,
// golangsdk's orders.Unsubscribe(...).Extract(), an interface method, a
// function value or a generic function instantiated with the response.
func (c *checker) responseCall(call *ast.CallExpr) (responseCall, bool) {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return responseCall{}, false // a conversion, new(T), ...
	}
	t := c.pass.TypesInfo.TypeOf(call)
	results := 1
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return responseCall{}, false
		}
		t, results = tuple.At(0).Type(), tuple.Len()
	}
	named := responseNamed(t)
	if named == nil || named.Obj().Pkg() == nil || !c.isClientPackage(named.Obj().Pkg().Path()) {
		return responseCall{}, false
	}
	ef := errorFieldsOf(t)
	if len(ef.named) == 0 {
		return responseCall{}, false
	}
	direct := false
	if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil && fn.Pkg() != nil {
		direct = fn.Pkg() == named.Obj().Pkg() || c.isClientPackage(fn.Pkg().Path())
	}
	return responseCall{name: c.operation(call, named), typ: t, pkg: named.Obj().Pkg(), direct: direct, ef: ef, results: results}, true
}

// responseNamed returns the named type of a response or a pointer to one.
func responseNamed(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// operation names the CBC operation of a call for messages: the SDK's
// response type without "Response" (RenewalResources), golangsdk's function
// behind Extract (orders.Unsubscribe), the client package's function or
// method (resources.List, Renew), or else the response type (orders.Order).
func (c *checker) operation(call *ast.CallExpr, resp *types.Named) string {
	if name, ok := strings.CutSuffix(resp.Obj().Name(), "Response"); ok && name != "" {
		return name
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn != nil && fn.Name() == "Extract" {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				fn = typeutil.StaticCallee(c.pass.TypesInfo, inner)
			}
		}
	}
	if fn != nil && fn.Pkg() == resp.Obj().Pkg() {
		if fn.Signature().Recv() != nil {
			return fn.Name() // a client method: Renew
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return resp.Obj().Pkg().Name() + "." + resp.Obj().Name()
}

// responseUse classifies the uses of a response variable declared in the
// function fn: checked is true when an error field is read or the response may
// be checked elsewhere (it escapes); otherwise cmp is the first comparison of
// its HttpStatusCode with a success status, if any.
//
// When the response's only error information is a top-level error_code (no list
// of failed items), an answer with an error carries no data: reading any other
// field but the status counts as checking, since the code then sees that no
// data came (orders.OrderStatus.OrderInfo, resources.QueryResp.TotalCount).
func (c *checker) responseUse(fn ast.Node, ef errorFields, uses []inspector.Cursor) (checked bool, cmp ast.Node) {
	checked = c.usedBeyond(uses, fn, func(at inspector.Cursor) bool {
		f, _ := c.selectedField(at.Node().(*ast.SelectorExpr))
		switch {
		case f == nil:
			return false // a method such as String(): not a check
		case ef.read[f] || !ef.lists && f.Name() != statusField:
			return true
		case f.Name() == statusField && cmp == nil:
			cmp = statusComparison(c.pass, at)
		}
		return false
	})
	if checked {
		return true, nil
	}
	return false, cmp
}
