package cbcstatus

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// examinesErrorCode marks a function that examines the error_code of a CBC
// answer: it reads a struct field whose JSON name is error_code (or error_msg),
// uses the key "error_code" (m["error_code"], gjson.Get(body, "error_code")), or
// calls a function that does. A caller of such a function handles the errors CBC
// sends with HTTP 200.
type examinesErrorCode struct{}

func (*examinesErrorCode) AFact() {}

func (*examinesErrorCode) String() string { return "examines error_code" }

// exportFacts finds the functions of the package that examine an error_code,
// directly or through other functions, and exports the fact on each.
func (c *checker) exportFacts(funcs []inspector.Cursor) {
	callees := map[*types.Func][]*types.Func{} // same-package calls, for the fixed point
	var order []*types.Func
	for _, cur := range funcs {
		fn := c.pass.TypesInfo.Defs[cur.Node().(*ast.FuncDecl).Name].(*types.Func)
		order = append(order, fn)
		direct, calls := c.scanExamines(cur)
		if direct {
			c.examines[fn] = true
		}
		callees[fn] = calls
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range order {
			if c.examines[fn] {
				continue
			}
			for _, callee := range callees[fn] {
				if c.examines[callee] {
					c.examines[fn] = true
					changed = true
					break
				}
			}
		}
	}
	for _, fn := range order {
		if c.examines[fn] {
			c.pass.ExportObjectFact(fn, new(examinesErrorCode))
		}
	}
}

// scanExamines reports whether the function at cur examines an error_code
// itself or by calling a function of another package that does, and returns
// the functions of this package it calls.
func (c *checker) scanExamines(cur inspector.Cursor) (bool, []*types.Func) {
	var calls []*types.Func
	examines := false
	for n := range cur.Preorder((*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)) {
		switch n := n.Node().(type) {
		case *ast.SelectorExpr:
			if _, name := c.selectedField(n); name == errorCodeKey || name == errorMsgKey {
				examines = true
			}
		case *ast.IndexExpr:
			if c.isErrorCodeKey(n.Index) {
				examines = true
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if c.isErrorCodeKey(a) {
					examines = true
				}
			}
			fn := typeutil.StaticCallee(c.pass.TypesInfo, n)
			if fn == nil {
				continue
			}
			if fn.Pkg() == c.pass.Pkg {
				calls = append(calls, fn)
			} else if c.pass.ImportObjectFact(fn, new(examinesErrorCode)) {
				examines = true
			}
		}
		if examines {
			return true, nil
		}
	}
	return false, calls
}

// isErrorCodeKey reports whether e is the constant "error_code".
func (c *checker) isErrorCodeKey(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == errorCodeKey
}

// examinesCall reports whether fn, of any package, examines an error_code.
func (c *checker) examinesCall(fn *types.Func) bool {
	if fn.Pkg() == c.pass.Pkg {
		return c.examines[fn]
	}
	return c.pass.ImportObjectFact(fn, new(examinesErrorCode))
}
