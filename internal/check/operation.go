package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/cbclint/cbclint/catalog"
)

// The Huawei SDK's CBC services, whose clients and models name the operations.
const (
	sdkModule = "github.com/huaweicloud/huaweicloud-sdk-go-v3"
	sdkErrPkg = sdkModule + "/core/sdkerr"
)

var sdkServices = []string{sdkModule + "/services/bss/v2", sdkModule + "/services/bssintl/v2"}

// OperationOf says which operation of CBC's API replied with the value expr
// reads, when the code shows it: op is the SDK operation ("RenewalResources")
// and item says expr reads one failed item of the reply (an element of
// fail_resource_infos), not the reply as a whole. ok is false when the
// operation cannot be told; then nothing is known.
//
// It recognises, through parentheses, dereferences and local variables
// (the last assignment before expr in the same function):
//   - a field of an SDK response, resp.ErrorCode where resp is a
//     *model.RenewalResourcesResponse of services/bss/v2/model (or bssintl):
//     the operation is the type's name without "Response";
//   - a field of an element of a response's slice field: f.ErrorCode where f
//     ranges over *resp.FailResourceInfos, or (*resp.FailResourceInfos)[i]: an item;
//   - the fields of the *sdkerr.ServiceResponseError an SDK call returned:
//     se.ErrorCode where se comes from err.(*sdkerr.ServiceResponseError), a
//     type switch on err, or errors.As(err, &se), and err from
//     client.RenewalResources(req) on the SDK's client;
//   - the error_code of a chnsz/golangsdk result: order.ErrorCode where order
//     is an *orders.Order (GolangsdkOperations).
func OperationOf(pass *analysis.Pass, expr ast.Expr) (op string, item bool, ok bool) {
	r := Resolver{pass: pass}
	return r.operationOf(expr, 0)
}

// A Resolver follows the values of a function's local variables back to
// where they come from, on the syntax tree: the one way OperationOf and the
// checks that read replies the code decodes itself do it.
type Resolver struct {
	pass *analysis.Pass
}

// NewResolver returns the resolver of pass's syntax.
func NewResolver(pass *analysis.Pass) Resolver { return Resolver{pass: pass} }

// maxDepth bounds how many variables are followed: a value copied through
// more locals than this is not worth the look.
const maxDepth = 6

func (r Resolver) operationOf(expr ast.Expr, depth int) (string, bool, bool) {
	if depth > maxDepth {
		return "", false, false
	}
	switch e := r.Unwrap(expr).(type) {
	case *ast.Ident:
		if v := r.Origin(e); v != nil {
			return r.operationOf(v, depth+1)
		}
	case *ast.SelectorExpr:
		sel, ok := r.pass.TypesInfo.Selections[e]
		if !ok || sel.Kind() != types.FieldVal {
			return "", false, false
		}
		if op, ok := responseOperation(r.pass.TypesInfo.TypeOf(e.X)); ok {
			return op, false, true
		}
		if JSONName(sel) == "error_code" {
			if op, ok := OperationName(GolangsdkOperations(r.pass.TypesInfo.TypeOf(e.X))); ok {
				return op, false, true
			}
		}
		if t := r.pass.TypesInfo.TypeOf(e.X); IsPointerTo(t, sdkErrPkg, "ServiceResponseError") || IsNamed(t, sdkErrPkg, "ServiceResponseError") {
			if op, ok := r.errorOperation(e.X, depth+1); ok {
				return op, false, true
			}
			return "", false, false
		}
		if op, ok := r.elementOf(e.X, depth+1); ok {
			return op, true, true
		}
	}
	return "", false, false
}

// elementOf returns the operation whose reply's slice field x is an element of.
func (r Resolver) elementOf(x ast.Expr, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	switch e := r.Unwrap(x).(type) {
	case *ast.IndexExpr:
		return r.sliceOf(e.X)
	case *ast.Ident:
		if rng := r.RangeOver(e); rng != nil {
			return r.sliceOf(rng.X)
		}
		if v := r.Origin(e); v != nil {
			return r.elementOf(v, depth+1)
		}
	}
	return "", false
}

// sliceOf returns the operation whose reply's field s is: resp.FailResourceInfos.
func (r Resolver) sliceOf(s ast.Expr) (string, bool) {
	sel, ok := r.Unwrap(s).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	return responseOperation(r.pass.TypesInfo.TypeOf(sel.X))
}

// errorOperation returns the operation of the SDK call whose error the
// *sdkerr.ServiceResponseError x was taken from.
func (r Resolver) errorOperation(x ast.Expr, depth int) (string, bool) {
	id, ok := r.Unwrap(x).(*ast.Ident)
	if !ok || depth > maxDepth {
		return "", false
	}
	obj := r.object(id)
	if obj == nil {
		return "", false
	}
	var from ast.Expr // the error value se was taken from
	if v := r.Origin(id); v != nil {
		if ta, ok := ast.Unparen(v).(*ast.TypeAssertExpr); ok {
			from = ta.X
		}
	} else {
		from = r.errorsAsSource(obj, id.Pos())
	}
	if from == nil {
		return "", false
	}
	errID, ok := r.Unwrap(from).(*ast.Ident)
	if !ok {
		return "", false
	}
	call, ok := r.Origin(errID).(*ast.CallExpr)
	if !ok {
		return "", false
	}
	return clientOperation(r.pass, call)
}

// clientOperation returns the operation a call to the SDK's client makes:
// client.RenewalResources(req).
func clientOperation(pass *analysis.Pass, call *ast.CallExpr) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || !isService(fn.Pkg().Path()) {
		return "", false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() == nil {
		return "", false
	}
	if len(catalog.Default().OperationsNamed(fn.Name())) == 0 {
		return "", false
	}
	return fn.Name(), true
}

// responseOperation returns the operation whose response type t is (or points to).
func responseOperation(t types.Type) (string, bool) {
	n := NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || !isService(strings.TrimSuffix(n.Obj().Pkg().Path(), "/model")) {
		return "", false
	}
	op, ok := strings.CutSuffix(n.Obj().Name(), "Response")
	if !ok || len(catalog.Default().OperationsNamed(op)) == 0 {
		return "", false
	}
	return op, true
}

func isService(path string) bool {
	for _, s := range sdkServices {
		if path == s {
			return true
		}
	}
	return false
}

// object returns the variable id uses or defines.
func (r Resolver) object(id *ast.Ident) *types.Var {
	if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
		return v
	}
	v, _ := r.pass.TypesInfo.Defs[id].(*types.Var)
	return v
}

// Origin returns the value the local variable id last had assigned before id
// in its function: the right-hand side of an assignment or declaration, or
// the expression a type switch binds. Nil when there is none. For one of
// several results it is the call (resp, err := call()) or the type
// assertion (v, ok := x.(T)).
func (r Resolver) Origin(id *ast.Ident) ast.Expr {
	obj := r.object(id)
	if obj == nil || obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope() {
		return nil // not a local variable
	}
	body := r.enclosingBody(obj.Pos())
	if body == nil {
		return nil
	}
	var best ast.Expr
	var bestPos token.Pos
	record := func(pos token.Pos, v ast.Expr) {
		if pos < id.Pos() && pos >= bestPos {
			best, bestPos = v, pos
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				l, ok := lhs.(*ast.Ident)
				if !ok || r.object(l) != obj {
					continue
				}
				switch {
				case len(n.Rhs) == len(n.Lhs):
					record(l.Pos(), n.Rhs[i])
				case len(n.Rhs) == 1:
					record(l.Pos(), n.Rhs[0]) // v, ok := x.(T); resp, err := call()
				}
			}
		case *ast.TypeSwitchStmt:
			if a, ok := n.Assign.(*ast.AssignStmt); ok && r.bindsInCases(n, obj) {
				record(a.Pos(), a.Rhs[0])
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if r.pass.TypesInfo.Defs[name] == obj && i < len(n.Values) {
					record(name.Pos(), n.Values[i])
				}
			}
		}
		return true
	})
	return best
}

// bindsInCases reports whether obj is the variable a case of the type switch binds.
func (r Resolver) bindsInCases(sw *ast.TypeSwitchStmt, obj *types.Var) bool {
	for _, s := range sw.Body.List {
		if r.pass.TypesInfo.Implicits[s] == obj {
			return true
		}
	}
	return false
}

// RangeOver returns the range statement whose value variable id is: f in
// for _, f := range *resp.FailResourceInfos.
func (r Resolver) RangeOver(id *ast.Ident) *ast.RangeStmt {
	obj := r.object(id)
	if obj == nil {
		return nil
	}
	body := r.enclosingBody(obj.Pos())
	if body == nil {
		return nil
	}
	var found *ast.RangeStmt
	ast.Inspect(body, func(n ast.Node) bool {
		if rng, ok := n.(*ast.RangeStmt); ok && found == nil {
			if v, ok := rng.Value.(*ast.Ident); ok && r.pass.TypesInfo.Defs[v] == obj {
				found = rng
			}
		}
		return found == nil
	})
	return found
}

// errorsAsSource returns err of the last errors.As(err, &v) before pos.
func (r Resolver) errorsAsSource(obj *types.Var, pos token.Pos) ast.Expr {
	body := r.enclosingBody(obj.Pos())
	if body == nil {
		return nil
	}
	var from ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() > pos || len(call.Args) != 2 {
			return true
		}
		fn, ok := typeutilCallee(r.pass, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
			return true
		}
		if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && r.object(id) == obj {
				from = call.Args[0]
			}
		}
		return true
	})
	return from
}

// typeutilCallee returns the function a call to a package-level function names.
func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) types.Object {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return pass.TypesInfo.Uses[f]
	case *ast.SelectorExpr:
		return pass.TypesInfo.Uses[f.Sel]
	}
	return nil
}

// enclosingBody returns the body of the innermost function (declaration or
// literal) around pos.
func (r Resolver) enclosingBody(pos token.Pos) *ast.BlockStmt {
	f := FileAt(r.pass, pos)
	if f == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	for _, n := range path {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n.Body
		case *ast.FuncDecl:
			return n.Body
		}
	}
	return nil
}

// Unwrap removes what does not change which value e reads: parentheses,
// dereferences, type assertions and conversions: *(resp.FailResourceInfos),
// code.(string), string(se.ErrorCode).
func (r Resolver) Unwrap(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			if x.Type == nil {
				return e // x.(type)
			}
			e = x.X
		case *ast.CallExpr:
			if tv, ok := r.pass.TypesInfo.Types[x.Fun]; !ok || !tv.IsType() || len(x.Args) != 1 {
				return e
			}
			e = x.Args[0]
		default:
			return e
		}
	}
}

// JSONName returns the JSON name of the field s selects: its tag's, or else
// its Go name in lower case (ErrorCode without a tag is not error_code); ""
// if s selects no field.
func JSONName(s *types.Selection) string {
	f, name := SelectedField(s)
	if f != nil && name == "" {
		name = strings.ToLower(f.Name())
	}
	return name
}

// OperationName returns the name ops share, if they share one: the same
// operation of the bss and bssintl services.
func OperationName(ops []catalog.Operation) (string, bool) {
	if len(ops) == 0 {
		return "", false
	}
	for _, op := range ops[1:] {
		if op.Name != ops[0].Name {
			return "", false
		}
	}
	return ops[0].Name, true
}

// GolangsdkBSS is the part of the path of chnsz/golangsdk's (and its forks')
// CBC packages: openstack/bss/v2/orders, openstack/bss/v2/resources.
const GolangsdkBSS = "golangsdk/openstack/bss/"

// golangsdkResults are the requests whose replies golangsdk's results
// answer, by the result's type, as the method and path of the request.
var golangsdkResults = map[string][2]string{
	"orders.Order":            {"POST", "/v2/orders/subscriptions/resources/unsubscribe"},
	"orders.OrderStatus":      {"GET", "/v2/orders/customer-orders/details/{order_id}"},
	"orders.PayOrderResponse": {"POST", "/v3/orders/customer-orders/pay"},
	"resources.QueryResp":     {"POST", "/v2/orders/suscriptions/resources/query"},
}

// GolangsdkOperations returns the operations (of each service) whose reply t,
// or what t points to, is when it is a result of golangsdk's CBC packages
// (orders.Order: CancelResourcesSubscription); nil for any other type.
func GolangsdkOperations(t types.Type) []catalog.Operation {
	n := NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil || !strings.Contains(n.Obj().Pkg().Path()+"/", GolangsdkBSS) {
		return nil
	}
	req, ok := golangsdkResults[n.Obj().Pkg().Name()+"."+n.Obj().Name()]
	if !ok {
		return nil
	}
	return catalog.Default().OperationAt(req[0], req[1])
}

// PathOperations returns the operations whose paths the string constants in
// n name ("https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew",
// "v2/orders/subscriptions/resources/unsubscribe"), each name once, in the
// order they are found: a function that names one operation's path is where
// that operation's raw reply is read.
func PathOperations(pass *analysis.Pass, cat *catalog.Catalog, n ast.Node) []catalog.Operation {
	var methods []string
	for _, op := range cat.Operations() {
		if !slices.Contains(methods, op.Method) {
			methods = append(methods, op.Method)
		}
	}
	var out []catalog.Operation
	ast.Inspect(n, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		s, ok := StringValue(pass, e)
		if !ok || !strings.Contains(s, "/") {
			return true
		}
		for _, m := range methods {
			for _, op := range cat.OperationAt(m, s) {
				if !slices.ContainsFunc(out, func(o catalog.Operation) bool { return o.Name == op.Name }) {
					out = append(out, op)
				}
			}
		}
		return false
	})
	return out
}
