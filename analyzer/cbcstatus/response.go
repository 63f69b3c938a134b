package cbcstatus

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
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

// isClientType reports whether t (through pointers) is declared in a CBC client package.
func isClientType(c *checker, t types.Type) bool {
	n := responseNamed(t)
	return n != nil && n.Obj().Pkg() != nil && c.isClientPackage(n.Obj().Pkg().Path())
}

// golangsdkOperations are the CBC operations golangsdk's results answer, by
// the result's type: the catalog's operations table says whether each
// reports errors in a 200 body.
var golangsdkOperations = map[string][2]string{
	"orders.Order":            {"POST", "/v2/orders/subscriptions/resources/unsubscribe"},
	"orders.OrderStatus":      {"GET", "/v2/orders/customer-orders/details/{order_id}"},
	"orders.PayOrderResponse": {"POST", "/v3/orders/customer-orders/pay"},
	"resources.QueryResp":     {"POST", "/v2/orders/suscriptions/resources/query"},
}

// reportsNoErrors reports whether the golangsdk result rc answers an
// operation whose reply, by the catalog, carries no error in a 200 body:
// golangsdk's type may have an ErrorCode the API never fills.
func (c *checker) reportsNoErrors(rc responseCall) bool {
	n := responseNamed(rc.typ)
	if n == nil || !strings.Contains(rc.pkg.Path()+"/", golangsdkBSS) {
		return false
	}
	op, ok := golangsdkOperations[rc.pkg.Name()+"."+n.Obj().Name()]
	if !ok {
		return false
	}
	ops := c.r.Catalog.OperationAt(op[0], op[1])
	if len(ops) == 0 {
		return false
	}
	for _, o := range ops {
		if len(o.ErrorFields) > 0 {
			return false
		}
	}
	return true
}
