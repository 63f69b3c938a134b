package cbcswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
)

// A served operation is the CBC operation whose reply a dispatch's codes
// come from, and whether they are a failed item's codes (an element of
// fail_resource_infos) or the whole request's.
type served struct {
	op   string // "RenewalResources"
	item bool
}

// servedBy tells which operation's reply the codes d dispatches on come
// from, when the code shows it: an SDK response's fields or items, the
// *sdkerr.ServiceResponseError of an SDK call (check.OperationOf), a
// golangsdk result, or a reply decoded in a function that names the
// operation's path. ok is false when it cannot tell; then today's rule stands.
func servedBy(pass *analysis.Pass, cat *catalog.Catalog, d *dispatch) (served, bool) {
	operand := d.operand
	if d.sw != nil && d.sw.Tag != nil {
		operand = d.sw.Tag
	}
	if operand == nil {
		return served{}, false // a map: it is looked up elsewhere
	}
	if op, item, ok := check.OperationOf(pass, operand); ok {
		return served{op: op, item: item}, true
	}
	if op, ok := golangsdkOperation(pass, cat, operand); ok {
		return served{op: op}, true
	}
	return rawOperation(pass, cat, d.fn, operand)
}

// golangsdkResults are the CBC operations chnsz/golangsdk's results answer,
// by the result's type, as the method and path of the request it sends.
var golangsdkResults = map[string][2]string{
	"orders.Order":            {"POST", "/v2/orders/subscriptions/resources/unsubscribe"},
	"orders.OrderStatus":      {"GET", "/v2/orders/customer-orders/details/{order_id}"},
	"orders.PayOrderResponse": {"POST", "/v3/orders/customer-orders/pay"},
	"resources.QueryResp":     {"POST", "/v2/orders/suscriptions/resources/query"},
}

// golangsdkBSS is the part of the path of chnsz/golangsdk's (and its forks')
// CBC packages.
const golangsdkBSS = "golangsdk/openstack/bss/"

// golangsdkOperation reads order.ErrorCode of a golangsdk result: the
// whole request's code of the operation the result's type answers.
func golangsdkOperation(pass *analysis.Pass, cat *catalog.Catalog, operand ast.Expr) (string, bool) {
	sel, ok := unwrap(operand).(*ast.SelectorExpr)
	if !ok || jsonName(pass, sel) != "error_code" {
		return "", false
	}
	t := pass.TypesInfo.TypeOf(sel.X)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !strings.Contains(n.Obj().Pkg().Path()+"/", golangsdkBSS) {
		return "", false
	}
	req, ok := golangsdkResults[n.Obj().Pkg().Name()+"."+n.Obj().Name()]
	if !ok {
		return "", false
	}
	return oneName(cat.OperationAt(req[0], req[1]))
}

// rawOperation reads a code from a reply the function decoded itself: the
// error_code field (by its JSON name) or key (body["error_code"],
// utils.PathSearch("error_code", v, "")) of a value. It is an item's when
// the value is an element of a list of failures (ranged over, or indexed);
// else the whole request's. The operation is the one whose path the
// function's string constants name, when they name exactly one (that lists
// failures under that list, for an item).
func rawOperation(pass *analysis.Pass, cat *catalog.Catalog, fn ast.Node, operand ast.Expr) (served, bool) {
	if fn == nil {
		return served{}, false
	}
	t := tracer{pass: pass, fn: fn, lists: cat.FailureLists()}
	holder, ok := t.codeHolder(operand, 0)
	if !ok {
		return served{}, false
	}
	list, item := t.itemOf(holder, 0)
	ops := check.PathOperations(pass, cat, fn)
	if item {
		ops = slices.DeleteFunc(ops, func(op catalog.Operation) bool {
			l, _ := op.FailureList()
			return l != list
		})
	}
	op, ok := oneName(ops)
	return served{op: op, item: item}, ok
}

// maxDepth bounds how many locals are followed back.
const maxDepth = 6

// A tracer follows values back within one function.
type tracer struct {
	pass  *analysis.Pass
	fn    ast.Node
	lists []string // the JSON names of CBC's lists of failures
}

// codeHolder returns the value whose error_code operand reads.
func (t tracer) codeHolder(operand ast.Expr, depth int) (ast.Expr, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch e := unwrap(operand).(type) {
	case *ast.Ident:
		if v := lastAssigned(t.pass, t.fn, e); v != nil {
			return t.codeHolder(v, depth+1)
		}
	case *ast.SelectorExpr:
		if jsonName(t.pass, e) == "error_code" {
			return e.X, true
		}
	case *ast.IndexExpr:
		if key, ok := check.StringValue(t.pass, e.Index); ok && key == "error_code" {
			return e.X, true
		}
	case *ast.CallExpr:
		if tv, ok := t.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return t.codeHolder(e.Args[0], depth+1) // string(se.ErrorCode)
		}
		// utils.PathSearch("error_code", v, ""), gjson.Get(v, "error_code"):
		// the one argument that is not a constant holds the code.
		var holder ast.Expr
		keyed := false
		for _, arg := range e.Args {
			if key, ok := check.StringValue(t.pass, arg); ok {
				keyed = keyed || key == "error_code"
			} else if _, isLit := arg.(*ast.CompositeLit); !isLit && holder == nil {
				holder = arg
			}
		}
		if keyed && holder != nil {
			return holder, true
		}
	}
	return nil, false
}

// itemOf reports whether x is an element of a list of failures, and its
// JSON name: f in `for _, f := range reply.FailResourceInfos`, or in a
// range over utils.PathSearch("fail_resource_infos", body, nil).
func (t tracer) itemOf(x ast.Expr, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	switch e := unwrap(x).(type) {
	case *ast.IndexExpr:
		if _, isMap := t.pass.TypesInfo.TypeOf(e.X).Underlying().(*types.Map); !isMap {
			return t.listName(e.X, depth+1)
		}
	case *ast.Ident:
		if rng := rangeOf(t.pass, t.fn, e); rng != nil {
			return t.listName(rng.X, depth+1)
		}
		if v := lastAssigned(t.pass, t.fn, e); v != nil {
			return t.itemOf(v, depth+1)
		}
	}
	return "", false
}

// listName returns the JSON name of the list x reads, if it is one of the
// error lists of CBC's replies ("fail_resource_infos").
func (t tracer) listName(x ast.Expr, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	var name string
	switch e := unwrap(x).(type) {
	case *ast.SelectorExpr:
		name = jsonName(t.pass, e)
	case *ast.IndexExpr:
		name, _ = check.StringValue(t.pass, e.Index)
	case *ast.CallExpr:
		for _, arg := range e.Args {
			if key, ok := check.StringValue(t.pass, arg); ok {
				name = key
				break
			}
		}
	case *ast.Ident:
		if v := lastAssigned(t.pass, t.fn, e); v != nil {
			return t.listName(v, depth+1)
		}
	}
	return name, slices.Contains(t.lists, name)
}

// oneName returns the name the operations share, if they share one (the
// same operation of the bss and bssintl services).
func oneName(ops []catalog.Operation) (string, bool) {
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

// jsonName returns the JSON name of the field sel selects (its Go name in
// lower case without a tag: ErrorCode without a tag is not error_code); ""
// if sel selects no field.
func jsonName(pass *analysis.Pass, sel *ast.SelectorExpr) string {
	f, name := check.SelectedField(pass.TypesInfo.Selections[sel])
	if f != nil && name == "" {
		name = strings.ToLower(f.Name())
	}
	return name
}

// lastAssigned returns the value the local id was last given before id in
// fn: the right-hand side of an assignment or declaration (one value for
// one name). Nil for anything else.
func lastAssigned(pass *analysis.Pass, fn ast.Node, id *ast.Ident) ast.Expr {
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pos() < fn.Pos() || v.Pos() > fn.End() {
		return nil
	}
	var best ast.Expr
	var bestPos token.Pos
	record := func(lhs ast.Expr, rhs ast.Expr) {
		l, ok := lhs.(*ast.Ident)
		if ok && pass.TypesInfo.ObjectOf(l) == v && l.Pos() < id.Pos() && l.Pos() >= bestPos {
			best, bestPos = rhs, l.Pos()
		}
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					record(n.Lhs[i], n.Rhs[i])
				}
			} else if ta, ok := n.Rhs[0].(*ast.TypeAssertExpr); ok && len(n.Lhs) == 2 {
				record(n.Lhs[0], ta) // code, ok := x.(string)
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					record(n.Names[i], n.Values[i])
				}
			}
		}
		return true
	})
	return best
}

// rangeOf returns the range statement whose key or value id is.
func rangeOf(pass *analysis.Pass, fn ast.Node, id *ast.Ident) *ast.RangeStmt {
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var found *ast.RangeStmt
	ast.Inspect(fn, func(n ast.Node) bool {
		if rng, ok := n.(*ast.RangeStmt); ok && found == nil {
			if val, ok := rng.Value.(*ast.Ident); ok && pass.TypesInfo.Defs[val] == v {
				found = rng
			}
		}
		return found == nil
	})
	return found
}

// unwrap removes parentheses, dereferences, type assertions and conversions:
// *f.ErrorCode, code.(string), string(se.ErrorCode).
func unwrap(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		default:
			return e
		}
	}
}
