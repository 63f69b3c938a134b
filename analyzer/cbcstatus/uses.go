package cbcstatus

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/internal/check"
)

// enclosingFunc returns the innermost function (declaration or literal) around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}

// funcType returns the type of a function declaration or literal.
func funcType(n ast.Node) *ast.FuncType {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

// usesOf returns the places where v, a variable declared in the function at
// fd, is used. The uses of a function's variables are collected once, on the
// first question about it: helpers are judged again at each call.
func (c *checker) usesOf(fd inspector.Cursor, v *types.Var) []inspector.Cursor {
	if !c.scanned[fd.Node()] {
		c.scanned[fd.Node()] = true
		n := fd.Node()
		for cur := range fd.Preorder((*ast.Ident)(nil)) {
			if u, ok := c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)].(*types.Var); ok && !u.IsField() && u.Pos() >= n.Pos() && u.Pos() < n.End() {
				c.uses[u] = append(c.uses[u], cur)
			}
		}
	}
	return c.uses[v]
}

// localTo reports whether v is a local variable of the function fn (a
// declaration or literal), not a parameter or result of it, nor a variable of
// an enclosing function or the package.
func localTo(v *types.Var, fn ast.Node) bool {
	if fn == nil || v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
		return false
	}
	ft := funcType(fn)
	return ft == nil || v.Pos() < ft.Pos() || v.Pos() >= ft.End()
}

// usedBeyond reports whether a variable of the function fn, used at uses, is
// used beyond what the caller accepts: for a use v.X, sel (given the selector)
// says whether it goes beyond; comparing v with nil and assigning to v never
// do; anything else (captured by a closure, returned, passed, stored,
// dereferenced, compared) does.
func (c *checker) usedBeyond(uses []inspector.Cursor, fn ast.Node, sel func(inspector.Cursor) bool) bool {
	for _, u := range uses {
		if enclosingFunc(u) != fn {
			return true // captured by a closure
		}
		at := check.Outer(u)
		switch p := at.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if sel(at.Parent()) {
				return true
			}
		case *ast.BinaryExpr:
			if !check.IsNil(c.pass, p.X) && !check.IsNil(c.pass, p.Y) {
				return true
			}
		case *ast.AssignStmt:
			if !isLHS(p, at.Node()) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

func isLHS(a *ast.AssignStmt, n ast.Node) bool {
	for _, l := range a.Lhs {
		if l == n {
			return true
		}
	}
	return false
}
