package cbcswitch

import (
	"go/ast"
	"go/types"
	"slices"

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
// *sdkerr.ServiceResponseError of an SDK call or a golangsdk result
// (check.OperationOf), or a reply decoded in a function that names the
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
	return rawOperation(pass, cat, d.fn, operand)
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
	t := tracer{Resolver: check.NewResolver(pass), pass: pass, lists: cat.FailureLists()}
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
	op, ok := check.OperationName(ops)
	return served{op: op, item: item}, ok
}

// maxDepth bounds how many locals are followed back.
const maxDepth = 6

// A tracer follows values back within one function.
type tracer struct {
	check.Resolver
	pass  *analysis.Pass
	lists []string // the JSON names of CBC's lists of failures
}

// codeHolder returns the value whose error_code operand reads.
func (t tracer) codeHolder(operand ast.Expr, depth int) (ast.Expr, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch e := t.Unwrap(operand).(type) {
	case *ast.Ident:
		if v := t.Origin(e); v != nil {
			return t.codeHolder(v, depth+1)
		}
	case *ast.SelectorExpr:
		if check.JSONName(t.pass.TypesInfo.Selections[e]) == "error_code" {
			return e.X, true
		}
	case *ast.IndexExpr:
		if key, ok := check.StringValue(t.pass, e.Index); ok && key == "error_code" {
			return e.X, true
		}
	case *ast.CallExpr:
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
	switch e := t.Unwrap(x).(type) {
	case *ast.IndexExpr:
		if _, isMap := t.pass.TypesInfo.TypeOf(e.X).Underlying().(*types.Map); !isMap {
			return t.listName(e.X, depth+1)
		}
	case *ast.Ident:
		if rng := t.RangeOver(e); rng != nil {
			return t.listName(rng.X, depth+1)
		}
		if v := t.Origin(e); v != nil {
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
	switch e := t.Unwrap(x).(type) {
	case *ast.SelectorExpr:
		name = check.JSONName(t.pass.TypesInfo.Selections[e])
	case *ast.IndexExpr:
		name, _ = check.StringValue(t.pass, e.Index)
	case *ast.CallExpr:
		name, _ = check.LookupKey(t.pass, e)
	case *ast.Ident:
		if v := t.Origin(e); v != nil {
			return t.listName(v, depth+1)
		}
	}
	return name, slices.Contains(t.lists, name)
}
