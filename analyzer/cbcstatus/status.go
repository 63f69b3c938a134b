package cbcstatus

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
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
