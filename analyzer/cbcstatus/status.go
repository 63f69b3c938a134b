package cbcstatus

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// statusDecision returns, for the selector at cur, the response whose status
// it reads and the node that decides success from that status alone: a
// comparison (see statusComparison) of net/http's resp.StatusCode or resty's
// resp.StatusCode(), or resty's resp.IsSuccess() and resp.IsError().
func (c *checker) statusDecision(cur inspector.Cursor) (ast.Expr, ast.Node) {
	sel := cur.Node().(*ast.SelectorExpr)
	switch sel.Sel.Name {
	case "StatusCode":
		if f, _ := c.selectedField(sel); f != nil && f.Pkg() != nil && f.Pkg().Path() == netHTTP {
			return sel.X, statusComparison(c.pass, cur)
		}
		if call, ok := calledAt(cur); ok && c.isRestyMethod(sel) {
			return sel.X, statusComparison(c.pass, call)
		}
	case "IsSuccess", "IsError":
		if call, ok := calledAt(cur); ok && c.isRestyMethod(sel) {
			return sel.X, call.Node()
		}
	}
	return nil, nil
}

// statusComparison returns the comparison that decides success from the status
// code read at cur (resp.StatusCode, resp.HttpStatusCode): == or != a 2xx
// constant, <, <=, >, >= a constant from 199 to 400, status/100 == 2, or a
// switch with a 2xx case. It returns nil for any other use.
func statusComparison(pass *analysis.Pass, cur inspector.Cursor) ast.Node {
	cur = check.Outer(cur)
	switch n := cur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		other := n.Y
		if other == cur.Node() {
			other = n.X
		}
		v, ok := check.IntValue(pass, other)
		if !ok {
			return nil
		}
		switch n.Op {
		case token.EQL, token.NEQ:
			if v >= 200 && v <= 299 {
				return n
			}
		case token.LSS, token.LEQ, token.GTR, token.GEQ:
			if v >= 199 && v <= 400 {
				return n
			}
		case token.QUO:
			if v != 100 {
				return nil
			}
			p := check.Outer(cur.Parent())
			if cmp, ok := p.Parent().Node().(*ast.BinaryExpr); ok && (cmp.Op == token.EQL || cmp.Op == token.NEQ) {
				other := cmp.Y
				if other == p.Node() {
					other = cmp.X
				}
				if v, ok := check.IntValue(pass, other); ok && v == 2 {
					return cmp
				}
			}
		}
	case *ast.SwitchStmt:
		if n.Tag != cur.Node() {
			return nil
		}
		for _, s := range n.Body.List {
			for _, e := range s.(*ast.CaseClause).List {
				if v, ok := check.IntValue(pass, e); ok && v >= 200 && v <= 299 {
					return n.Tag
				}
			}
		}
	}
	return nil
}

// returnsBody reports whether a function with signature sig hands the answer to
// its caller, which may then check it: see carriesBody.
func returnsBody(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if carriesBody(v.Type()) {
			return true
		}
	}
	return false
}

// handsBodyOn reports whether the function fn of this package hands the
// answer to its caller: a result may hold the body (returnsBody), or it
// returns the body as text (string(body), resty's resp.String()).
func (c *checker) handsBodyOn(fn *types.Func) bool {
	if returnsBody(fn.Signature()) {
		return true
	}
	res := fn.Signature().Results()
	for i := range res.Len() {
		if !isString(res.At(i).Type()) {
			continue
		}
		rets, _ := c.returns(fn, i, nil)
		for _, r := range rets {
			if r.index == 0 && c.isBodyText(r.expr) {
				return true
			}
		}
	}
	return false
}

// isBodyText reports whether e is a body turned into text: a conversion of
// bytes to a string, or resty's resp.String().
func (c *checker) isBodyText(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) > 1 {
		return false
	}
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		s, ok := c.pass.TypesInfo.TypeOf(call.Args[0]).Underlying().(*types.Slice)
		if !ok {
			return false
		}
		b, ok := s.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	return fn != nil && fn.FullName() == "(*"+restyPath+".Response).String"
}

// carriesBody reports whether a value of type t may hold a reply's body: a
// response, raw bytes, a map, an interface other than error, or a type that
// carries an error_code.
func carriesBody(t types.Type) bool {
	if check.IsNamed(t, "", "error") {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface, *types.Map:
		return true
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return true
		}
	}
	return isReply(t) || carriesErrors(t)
}

// escapes reports whether a response variable, used at uses, leaves the function
// or reaches code the analysis cannot see.
func (c *checker) escapes(uses []inspector.Cursor) bool {
	for _, u := range uses {
		at := check.Outer(u)
		if addr, ok := at.Parent().Node().(*ast.UnaryExpr); ok && addr.Op == token.AND {
			at = check.Outer(at.Parent()) // &v goes where v would
		}
		switch p := at.Parent().Node().(type) {
		case *ast.ReturnStmt, *ast.CompositeLit, *ast.KeyValueExpr, *ast.SendStmt:
			return true
		case *ast.AssignStmt:
			if !isLHS(p, at.Node()) {
				return true
			}
		case *ast.CallExpr:
			if p.Fun != at.Node() && typeutil.StaticCallee(c.pass.TypesInfo, p) == nil {
				return true // passed to a function value or an interface method
			}
		}
	}
	return false
}
