package cbcstatus

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// examinesErrorCode marks a function that examines the error_code of a CBC
// answer: it reads a struct field whose JSON name is error_code (or error_msg)
// or a list of items that carry one (fail_resource_infos), uses the key "error_code" (m["error_code"], gjson.Get(body, "error_code")), or
// calls a function that does. A caller of such a function handles the errors CBC
// sends with HTTP 200.
type examinesErrorCode struct{}

func (*examinesErrorCode) AFact() {}

func (*examinesErrorCode) String() string { return "examines error_code" }

// findExaminers finds the functions of the package that examine an error_code,
// directly or through other functions, and, with cross-package-helpers, exports
// the fact on each.
func (c *checker) findExaminers(funcs []inspector.Cursor) {
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
	if !c.r.CrossPackageHelpers {
		return
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
			if f, name := c.selectedField(n); f != nil && isErrorField(f, name) {
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
			switch {
			case examines:
			case fn == nil:
				examines = c.dynamicMayExamine(n)
			case fn.Pkg() == c.pass.Pkg:
				calls = append(calls, fn)
			case c.r.CrossPackageHelpers:
				examines = c.importedExamines(fn)
			default:
				examines = !c.blindToCBC(fn.Pkg()) && c.mayHandOverBody(n)
			}
		}
		if examines {
			return true, nil
		}
	}
	return false, calls
}

// dynamicMayExamine reports whether call, of a function value or an interface
// method (not of the standard library, which never examines error_code),
// is handed a value that may hold a CBC answer: no fact can tell what it
// does, so it gets the benefit of the doubt.
func (c *checker) dynamicMayExamine(call *ast.CallExpr) bool {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false // a conversion or a builtin
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Obj().Pkg() != nil && c.blindToCBC(s.Obj().Pkg()) {
			return false // io.Writer.Write, fmt.Stringer.String
		}
	}
	return c.mayHandOverBody(call)
}

// isErrorCodeKey reports whether e is the constant "error_code".
func (c *checker) isErrorCodeKey(e ast.Expr) bool {
	v, ok := check.StringValue(c.pass, e)
	return ok && v == errorCodeKey
}

// examinesCall reports whether fn, of any package, examines an error_code.
// Without facts, a function of another package outside the standard library may.
func (c *checker) examinesCall(fn *types.Func) bool {
	switch {
	case fn.Pkg() == c.pass.Pkg:
		return c.examines[fn]
	case c.r.CrossPackageHelpers:
		return c.importedExamines(fn)
	}
	return !c.blindToCBC(fn.Pkg())
}

// importedExamines reports whether fn, of another package, carries the fact.
// The standard library's functions never examine error_code, whatever their
// facts say (a function value they call is given the benefit of the doubt).
func (c *checker) importedExamines(fn *types.Func) bool {
	return !c.blindToCBC(fn.Pkg()) && c.pass.ImportObjectFact(fn, new(examinesErrorCode))
}

// mayHandOverBody reports whether call passes a value that may hold a CBC
// answer: anything but constants, numbers, booleans, contexts and errors.
// Without facts, such a call to another package may be where error_code is
// examined, so the caller is given the benefit of the doubt.
func (c *checker) mayHandOverBody(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		tv, ok := c.pass.TypesInfo.Types[a]
		if !ok || tv.Value != nil {
			continue
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0 {
			continue
		}
		if check.IsNamed(tv.Type, "context", "Context") || check.IsNamed(tv.Type, "", "error") {
			continue
		}
		return true
	}
	return false
}

// blindToCBC reports whether the functions of pkg never examine a CBC
// error_code: the standard library (no dot in the first element of its path)
// and the HTTP libraries cbcstatus follows (resty, retryablehttp). The package
// under analysis and the packages of its module are never blind, whatever
// their path (module billing).
func (c *checker) blindToCBC(pkg *types.Package) bool {
	path := pkg.Path()
	if pkg == c.pass.Pkg {
		return false
	}
	if m := c.pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") || isHTTPLibrary(path)
}
